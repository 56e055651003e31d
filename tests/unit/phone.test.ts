import { describe, expect, it } from 'vitest';
import { dutchPhoneNumber } from '../../src/lib/phone.ts';

describe('dutchPhoneNumber', () => {
	it.each([
		['112', '112', '112'],
		['0800-2000', '0800 2000', '+318002000'],
		['0800 0113', '0800 0113', '+318000113'],
		['14 045', '14 045', '14045'],
		['045 577 1111', '045 577 1111', '+31455771111'],
		['06-12345678', '06 12345678', '+31612345678'],
	])('reads %s as %s, dialled as %s', (input, display, dial) => {
		expect(dutchPhoneNumber(input)).toEqual({ display: display.replace(/ /g, '\u00a0'), dial });
	});

	it.each(['0800-12', '12345', '+49 30 1234567', 'bel ons', ''])('rejects %j', (input) => {
		expect(dutchPhoneNumber(input)).toBeUndefined();
	});
});
