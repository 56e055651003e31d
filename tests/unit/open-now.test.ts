import { afterEach, describe, expect, it } from 'vitest';
import { isOpenAt, packOpenTimes } from '../../src/lib/open-now.ts';
import { instantOfWallClock } from '../../src/lib/dates.ts';
import { openIntervals, openTimesAhead, parseOpeningHours } from '../../src/lib/opening-hours.ts';

const hoursOf = (rule: string) => {
	const parsed = parseOpeningHours(rule);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.hours;
};

const originalZone = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalZone;
});

describe('instantOfWallClock: a Dutch clock reading as an instant', () => {
	it('is one hour ahead of UTC in winter and two in summer', () => {
		expect(new Date(instantOfWallClock(2027, 0, 15, 9, 0)).toISOString()).toBe('2027-01-15T08:00:00.000Z');
		expect(new Date(instantOfWallClock(2027, 6, 15, 9, 0)).toISOString()).toBe('2027-07-15T07:00:00.000Z');
	});
	it('handles the days the clocks change', () => {
		expect(new Date(instantOfWallClock(2027, 2, 28, 10, 0)).toISOString()).toBe('2027-03-28T08:00:00.000Z');
		expect(new Date(instantOfWallClock(2026, 9, 25, 10, 0)).toISOString()).toBe('2026-10-25T09:00:00.000Z');
	});
	it('reads hour 24 as midnight at the end of the day', () => {
		expect(new Date(instantOfWallClock(2027, 0, 15, 24, 0)).toISOString()).toBe('2027-01-15T23:00:00.000Z');
	});
});

// Office hours, closed on public holidays; and a Sunday morning drop-in.
const OFFICE = 'Mo-Fr 09:00-17:00; PH off';
const SUNDAY_MORNING = 'Su 10:00-12:00';
const BUILT = new Date('2027-03-22T10:00:00Z'); // a Monday; eight weeks ahead covers clock change and King's Day

/** "Open now" as the phone works it out, from what the build packed, at a UTC instant. */
const openAt = (rule: string, instant: string) => isOpenAt(openTimesAhead(hoursOf(rule), BUILT), new Date(instant));

describe('open now, at fixed instants (Dutch time, whatever zone the build machine is in)', () => {
	const cases: [string, string, string, boolean][] = [
		['a weekday morning', OFFICE, '2027-03-24T08:30:00Z', true], // Wednesday 09:30 CET
		['a weekday before opening', OFFICE, '2027-03-24T07:30:00Z', false], // 08:30 CET
		['a weekday evening', OFFICE, '2027-03-24T17:30:00Z', false], // 18:30 CET
		['a Sunday', OFFICE, '2027-04-04T12:00:00Z', false],
		["King's Day, a Tuesday", OFFICE, '2027-04-27T10:00:00Z', false], // 12:00 CEST, a public holiday
		['the day after King’s Day', OFFICE, '2027-04-28T10:00:00Z', true],
		['Easter Monday', OFFICE, '2027-03-29T10:00:00Z', false],
		['the Monday after the clocks change, at 09:30 summer time', OFFICE, '2027-04-05T07:30:00Z', true],
		['the Monday after the clocks change, at 08:30 summer time', OFFICE, '2027-04-05T06:30:00Z', false],
		['the day the clocks change, 11:30 summer time', SUNDAY_MORNING, '2027-03-28T09:30:00Z', true],
		['the day the clocks change, 12:30 summer time (11:30 in winter time)', SUNDAY_MORNING, '2027-03-28T10:30:00Z', false],
		['a line open day and night, at 3 at night', '24/7', '2027-04-01T01:00:00Z', true],
	];
	for (const zone of ['UTC', 'Europe/Amsterdam', 'America/New_York']) {
		it.each(cases)(`built in ${zone}: %s`, (_, rule, instant, open) => {
			process.env.TZ = zone;
			expect(openAt(rule, instant)).toBe(open);
		});
	}
});

describe('isOpenAt says it does not know, rather than guess', () => {
	const times = openTimesAhead(hoursOf('24/7'), BUILT, 7);
	it('for a service without opening hours', () => {
		expect(isOpenAt(undefined, new Date('2027-03-24T10:00:00Z'))).toBeUndefined();
	});
	it('before the weeks the build worked out', () => {
		expect(isOpenAt(times, new Date('2027-03-21T22:59:00Z'))).toBeUndefined();
		expect(isOpenAt(times, new Date('2027-03-21T23:00:00Z'))).toBe(true); // Monday 00:00 CET
	});
	it('after them (an old build, or a phone clock that is wrong)', () => {
		expect(isOpenAt(times, new Date('2027-03-28T21:59:00Z'))).toBe(true);
		expect(isOpenAt(times, new Date('2027-03-28T22:00:00Z'))).toBeUndefined(); // Monday 00:00 CEST
	});
	it('for an invalid date', () => {
		expect(isOpenAt(times, new Date('not a date'))).toBeUndefined();
	});
});

describe('openIntervals', () => {
	it('gives the same instants when built in UTC and in Amsterdam', () => {
		process.env.TZ = 'UTC';
		const inUtc = openIntervals(hoursOf(OFFICE), BUILT, 14);
		process.env.TZ = 'Europe/Amsterdam';
		expect(openIntervals(hoursOf(OFFICE), BUILT, 14)).toEqual(inUtc);
		expect(inUtc).toHaveLength(8); // two working weeks minus Good Friday and Easter Monday (both PH in the library)
	});
	it('packs minutes, not milliseconds, so the page stays small', () => {
		expect(packOpenTimes([[120_000, 180_000]], 60_000, 240_000)).toEqual({ from: 1, until: 4, spans: [2, 3] });
	});
});
