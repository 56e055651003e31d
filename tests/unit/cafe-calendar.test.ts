import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sessionsOf, type CafeSeries } from '../../src/lib/cafe.ts';
import { seriesCalendar, sessionCalendar, type CalendarPlace } from '../../src/lib/cafe-calendar.ts';

const place: CalendarPlace = { id: 'strand', title: 'Kleintje Café Strandhuis', description: 'Gratis inloop', address: 'Strandweg 1, 1234 AB Zeestad', lat: 52.1, lon: 4.3, url: 'https://kleintje.example.org/cafe/strand/' };
const series: CafeSeries = {
	rrule: 'FREQ=WEEKLY;BYDAY=TU',
	startDate: '2027-03-16',
	startTime: '09:30',
	endTime: '11:30',
	skipPublicHolidays: true,
	exceptions: [{ date: '2027-04-13', reason: { nl: 'Verbouwing' } }],
};
const options = { name: 'Kleintje Café', siteUrl: 'https://kleintje.example.org', stamp: new Date('2027-03-15T00:00:00Z') };
const themes = new Map([['borstvoeding', { title: 'Borstvoeding', url: 'https://kleintje.example.org/cafe/thema/borstvoeding/' }]]);
const sessions = sessionsOf('strand', series, [{ slug: 'borstvoeding', location: 'strand', date: '2027-03-30' }], '2027-03-16', '2027-05-11');

/** The feed as a phone reads it: its events, with their time zone, expanded to real instants. */
function readBack(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const occurrences = (event: ICAL.Event, count: number) => {
	const iterator = event.iterator();
	const found: string[] = [];
	for (let next = iterator.next(); next && found.length < count; next = iterator.next()) found.push(next.toJSDate().toISOString());
	return found;
};

describe('the feed of a location', () => {
	const events = readBack(seriesCalendar([{ place, series, sessions }], themes, options));
	const [regular, themed] = events;

	it('is one repeating series plus one entry per themed session', () => {
		expect(events).toHaveLength(2);
		expect(regular?.isRecurring()).toBe(true);
		expect(themed?.summary).toBe('Kleintje Café Strandhuis: Borstvoeding');
	});

	it('keeps 09:30 Dutch time before and after the clocks change, and skips the themed, cancelled and holiday dates', () => {
		expect(occurrences(regular!, 6)).toEqual([
			'2027-03-16T08:30:00.000Z', // winter time
			'2027-03-23T08:30:00.000Z',
			// 30 March: the themed session instead
			'2027-04-06T07:30:00.000Z', // summer time
			// 13 April: cancelled
			'2027-04-20T07:30:00.000Z',
			// 27 April: King's Day
			'2027-05-04T07:30:00.000Z',
			'2027-05-11T07:30:00.000Z',
		]);
	});

	it('puts the themed session at the café time, in summer time', () => {
		expect(themed?.startDate.toJSDate().toISOString()).toBe('2027-03-30T07:30:00.000Z');
		expect(themed?.endDate.toJSDate().toISOString()).toBe('2027-03-30T09:30:00.000Z');
	});

	it('carries the place and its coordinates', () => {
		expect(regular?.location).toBe('Kleintje Café Strandhuis\nStrandweg 1, 1234 AB Zeestad');
		expect(regular?.component.getFirstPropertyValue('geo')).toEqual([52.1, 4.3]);
	});
});

describe('a series that ends', () => {
	it('includes its last date', () => {
		const ending = { ...series, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330', exceptions: [] };
		const [event] = readBack(seriesCalendar([{ place, series: ending, sessions: [] }], new Map(), options));
		expect(occurrences(event!, 10).at(-1)).toBe('2027-03-30T07:30:00.000Z');
	});
});

describe('one session, for "Zet in agenda"', () => {
	it('is a single entry at the right time, marked cancelled when it does not go ahead', () => {
		const kingsDay = sessions.find((s) => s.date === '2027-04-27')!;
		const [event] = readBack(sessionCalendar(place, kingsDay, series, place.title, place.url, options));
		expect(event?.isRecurring()).toBe(false);
		expect(event?.startDate.toJSDate().toISOString()).toBe('2027-04-27T07:30:00.000Z');
		expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});
});

describe('every calendar file', () => {
	const files = [seriesCalendar([{ place, series, sessions }], themes, options), sessionCalendar(place, sessions[0]!, series, place.title, place.url, options)];

	it.each(files.map((file, i) => [i ? 'one session' : 'a feed', file]))('%s stamps its events in UTC, with Z (RFC 5545 3.8.7.2)', (_, file) => {
		for (const event of readBack(file)) {
			const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
			expect(file).toMatch(/^DTSTAMP:20270315T000000Z\r$/m);
			expect(stamp.zone?.tzid).toBe('UTC');
			expect(stamp.toJSDate().toISOString()).toBe('2027-03-15T00:00:00.000Z');
		}
	});

	it('keeps a calendar name with a line break on one line: no injected events or properties', () => {
		const hostile = { ...options, name: 'Kleintje Café, zo;\r\nEND:VCALENDAR\nBEGIN:VEVENT\rSUMMARY:Nep\u0000' };
		for (const file of [seriesCalendar([{ place, series, sessions }], themes, hostile), sessionCalendar(place, sessions[0]!, series, place.title, place.url, hostile)]) {
			const calendar = new ICAL.Component(ICAL.parse(file));
			expect(calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).not.toContain('Nep');
			// ical.js reads NAME (RFC 7986) raw, so the TEXT escapes of comma and semicolon show.
			expect(calendar.getFirstPropertyValue('name')).toBe('Kleintje Café\\, zo\\; END:VCALENDAR BEGIN:VEVENT SUMMARY:Nep');
			expect(calendar.getAllProperties('name')).toHaveLength(1);
			expect(file.match(/^END:VCALENDAR/gm)).toHaveLength(1);
		}
	});
});
