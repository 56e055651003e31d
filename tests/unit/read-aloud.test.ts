import { describe, expect, it } from 'vitest';
import { voiceFor } from '../../src/lib/read-aloud.ts';

describe('voiceFor', () => {
	const voices = [{ lang: 'en-GB' }, { lang: 'nl_BE' }, { lang: 'nl-NL' }, { lang: 'tr-TR' }];
	it.each([
		['nl', 'nl_BE'],
		['en', 'en-GB'],
		['tr', 'tr-TR'],
	])('finds a voice for %s', (lang, expected) => {
		expect(voiceFor(voices, lang)?.lang).toBe(expected);
	});
	it('finds none for a language the device cannot speak', () => {
		expect(voiceFor(voices, 'ar')).toBeUndefined();
		expect(voiceFor([], 'nl')).toBeUndefined();
	});
});
