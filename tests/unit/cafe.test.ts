import { describe, expect, it } from 'vitest';
import { locationProblems, themeProblems, publicHoliday, seriesDates, seriesRuleProblem, sessionsOf, type CafeSeries } from '../../src/lib/cafe.ts';

const tuesdays: CafeSeries = { rrule: 'FREQ=WEEKLY;BYDAY=TU', startDate: '2027-01-05', startTime: '09:30', endTime: '11:30', skipPublicHolidays: true, exceptions: [] };
const iso = (ms: number) => new Date(ms).toISOString();

describe('seriesRuleProblem', () => {
	it.each(['FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270201'])('accepts %s', (rule) => {
		expect(seriesRuleProblem(rule)).toBeUndefined();
	});
	it.each([
		['FREQ=SOMETIMES', /not a valid RRULE/],
		['BYDAY=TU', /needs FREQ/],
		['FREQ=WEEKLY;BYDAY=XX', /not a valid RRULE/],
		['FREQ=HOURLY', /more than once a day/],
		['FREQ=MONTHLY;BYDAY=1WE', /BYSETPOS/],
		['FREQ=WEEKLY;BYHOUR=9', /"BYHOUR" is not one of/],
		['DTSTART:20270101T000000Z\nRRULE:FREQ=WEEKLY', /only the RRULE/],
	])('rejects %s', (rule, message) => {
		expect(seriesRuleProblem(rule)).toMatch(message);
	});
});

describe('seriesDates', () => {
	it('lists the dates of a weekly series from its start', () => {
		expect(seriesDates(tuesdays, '2027-01-26')).toEqual(['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26']);
	});
	it('lists nothing after a series has ended', () => {
		const ended = { ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270201' };
		expect(seriesDates(ended, '2027-06-01').at(-1)).toBe('2027-01-26');
		expect(sessionsOf('oud', { ...ended }, [], '2027-03-01', '2027-06-01')).toEqual([]);
	});
});

describe('sessionsOf', () => {
	it('keeps the Dutch wall-clock time on the days the clocks change, in March and in October', () => {
		const sundays: CafeSeries = { ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=SU', startDate: '2027-03-21', skipPublicHolidays: false };
		const [before, changeDay] = sessionsOf('zondag', sundays, [], '2027-03-21', '2027-03-28');
		expect(iso(before?.start ?? 0)).toBe('2027-03-21T08:30:00.000Z'); // 09:30 winter time
		expect(iso(changeDay?.start ?? 0)).toBe('2027-03-28T07:30:00.000Z'); // 09:30 summer time
		const october = sessionsOf('zondag', { ...sundays, startDate: '2027-10-24' }, [], '2027-10-31', '2027-10-31');
		expect(iso(october[0]?.start ?? 0)).toBe('2027-10-31T08:30:00.000Z'); // the clocks went back that night
		expect(iso(october[0]?.end ?? 0)).toBe('2027-10-31T10:30:00.000Z');
	});
	it("marks a public holiday as cancelled, with the holiday's name", () => {
		const kingsDay = sessionsOf('strand', tuesdays, [], '2027-04-27', '2027-04-27');
		expect(kingsDay).toEqual([expect.objectContaining({ date: '2027-04-27', cancelled: { holiday: 'Koningsdag' } })]);
		expect(sessionsOf('strand', { ...tuesdays, skipPublicHolidays: false }, [], '2027-04-27', '2027-04-27')[0]?.cancelled).toBeUndefined();
	});
	it("an editor's exception on a holiday gives its own reason, once", () => {
		const series = { ...tuesdays, exceptions: [{ date: '2027-04-27', reason: { nl: 'Iedereen is op het Koningsfeest' } }] };
		expect(sessionsOf('strand', series, [], '2027-04-20', '2027-05-04').map((s) => [s.date, s.cancelled])).toEqual([
			['2027-04-20', undefined],
			['2027-04-27', { reason: { nl: 'Iedereen is op het Koningsfeest' } }],
			['2027-05-04', undefined],
		]);
	});
	it('a themed session replaces the regular café that day', () => {
		const sessions = sessionsOf('strand', tuesdays, [{ slug: 'borstvoeding', location: 'strand', date: '2027-03-30' }, { slug: 'elders', location: 'bieb', date: '2027-04-06' }], '2027-03-30', '2027-04-06');
		expect(sessions.map((s) => [s.date, s.theme])).toEqual([
			['2027-03-30', 'borstvoeding'],
			['2027-04-06', undefined],
		]);
	});
});

describe('publicHoliday', () => {
	it('knows the days off, and not the days that are only remembered', () => {
		expect(publicHoliday('2027-04-27')).toBe('Koningsdag');
		expect(publicHoliday('2027-12-25')).toBe('Kerstmis');
		expect(publicHoliday('2027-05-09')).toBeUndefined(); // Mother's Day
		expect(publicHoliday('2027-03-30')).toBeUndefined();
	});
});

describe('locationProblems and themeProblems', () => {
	const locations = [{ id: 'strand', file: 'cafe/locaties/strand.yaml', series: tuesdays }];
	it('finds nothing wrong in good data', () => {
		expect(locationProblems(locations)).toEqual([]);
		expect(themeProblems(locations, [{ slug: 'x', location: 'strand', date: '2027-03-30', file: 'cafe/thema/x.mdx' }])).toEqual([]);
	});
	it('names an exception that is not a date of the series', () => {
		const wrong = [{ ...locations[0]!, series: { ...tuesdays, exceptions: [{ date: '2027-03-31' }] } }];
		expect(locationProblems(wrong)).toEqual(['cafe/locaties/strand.yaml: exceptions.0.date: 2027-03-31 is not a date of this café\'s series (FREQ=WEEKLY;BYDAY=TU from 2027-01-05)']);
	});
	it('names a themed session at an unknown location, outside the series, or on a cancelled date', () => {
		const cancelled = [{ ...locations[0]!, series: { ...tuesdays, exceptions: [{ date: '2027-04-13' }] } }];
		expect(themeProblems(cancelled, [
			{ slug: 'a', location: 'nergens', date: '2027-03-30', file: 'cafe/thema/a.mdx' },
			{ slug: 'b', location: 'strand', date: '2027-03-31', file: 'cafe/thema/b.mdx' },
			{ slug: 'c', location: 'strand', date: '2026-12-29', file: 'cafe/thema/c.mdx' },
			{ slug: 'd', location: 'strand', date: '2027-04-13', file: 'cafe/thema/d.mdx' },
		])).toEqual([
			'cafe/thema/a.mdx: location: "nergens" is not a café location; use one of: strand',
			'cafe/thema/b.mdx: date: 2027-03-31 is not a date of the café at "strand" (FREQ=WEEKLY;BYDAY=TU from 2027-01-05)',
			'cafe/thema/c.mdx: date: 2026-12-29 is not a date of the café at "strand" (FREQ=WEEKLY;BYDAY=TU from 2027-01-05)',
			'cafe/thema/d.mdx: date: the café at "strand" is cancelled on 2027-04-13',
		]);
	});
	it('names a location that takes a reserved id', () => {
		expect(locationProblems([{ ...locations[0]!, id: 'agenda' }])[0]).toMatch(/id: "agenda" is reserved/);
	});
});

describe('isoWithOffset and formatClock', () => {
	it('write Dutch time with its offset in winter and summer', async () => {
		const { isoWithOffset, formatClock } = await import('../../src/lib/dates.ts');
		expect(isoWithOffset(Date.parse('2027-03-23T08:30:00Z'))).toBe('2027-03-23T09:30:00+01:00');
		expect(isoWithOffset(Date.parse('2027-03-30T07:30:00Z'))).toBe('2027-03-30T09:30:00+02:00');
		expect(formatClock(Date.parse('2027-03-30T07:30:00Z'), 'ar')).toBe('09:30');
	});
});
