import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage, TOWN_DIST } from '../support/dist.ts';

// The second town has café data; `npm run build:town` builds it with SJPRUUT_TODAY=2027-03-15 (a Monday), so the
// dates on its pages are fixed. Heerlen's café data waits for the municipality.

/** The start times (with offset) of the sessions in the list after a heading, and whether each is cancelled. */
function listedAfter(html: string, heading: string): string[] {
	const part = html.slice(html.indexOf(heading));
	const list = part.slice(0, part.indexOf('</ol>'));
	return [...list.matchAll(/<li class="session( session--cancelled)?"[^>]*>[\s\S]*?<time datetime="([^"]+)"/g)].map((m) => `${m[2]}${m[1] ? ' cancelled' : ''}`);
}

describe('the café page, with today fixed at 15 March 2027', () => {
	const html = readPage('cafe/index.html', TOWN_DIST);

	it('lists every session of the next 8 weeks at all locations, in order, cancellations marked', () => {
		expect(listedAfter(html, 'Data voor de komende 8 weken')).toEqual([
			'2027-03-16T09:30:00+01:00',
			'2027-03-18T14:00:00+01:00',
			'2027-03-23T09:30:00+01:00',
			'2027-03-30T09:30:00+02:00', // themed, after the clocks changed
			'2027-04-01T14:00:00+02:00',
			'2027-04-06T09:30:00+02:00',
			'2027-04-13T09:30:00+02:00 cancelled', // the community centre is being painted
			'2027-04-15T14:00:00+02:00',
			'2027-04-20T09:30:00+02:00',
			'2027-04-27T09:30:00+02:00 cancelled', // King's Day
			'2027-04-29T14:00:00+02:00',
			'2027-05-04T09:30:00+02:00',
		]);
		expect(html).toContain('Gaat niet door</strong>: <bdi>Het buurthuis wordt geverfd.</bdi>');
		expect(html).toContain('Feestdag: Koningsdag');
	});

	it('shows the next café first, links each location as a plain link, and says when the dates were updated', () => {
		expect(listedAfter(html, 'Het volgende café')[0]).toBe('2027-03-16T09:30:00+01:00');
		for (const id of ['strandhuis', 'bibliotheek', 'oud-centrum']) expect(html).toContain(`href="/cafe/${id}/"`);
		expect(html).toContain('Data bijgewerkt op 15 maart 2027.');
	});

	it('shows the next café on the home page too', () => {
		expect(listedAfter(readPage('index.html', TOWN_DIST), 'Het volgende café')[0]).toBe('2027-03-16T09:30:00+01:00');
	});
});

describe('a location page', () => {
	const html = readPage('cafe/strandhuis/index.html', TOWN_DIST);

	it('lists the next 12 dates and a route link to OpenStreetMap', () => {
		const dates = listedAfter(html, 'De volgende 12 keer');
		expect(dates).toHaveLength(12);
		expect(dates[0]).toBe('2027-03-16T09:30:00+01:00');
		expect(dates.at(-1)).toBe('2027-06-01T09:30:00+02:00');
		expect(html).toContain('href="https://www.openstreetmap.org/directions?to=52.1%2C4.3"');
		expect(html).toContain('Geen drempels of trappen');
	});

	it('carries schema.org Events, cancelled ones marked, free, with the place and language', () => {
		const json = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '[]';
		const events = JSON.parse(json) as Record<string, any>[];
		expect(events).toHaveLength(12);
		const kingsDay = events.find((e) => e.startDate === '2027-04-27T09:30:00+02:00');
		expect(kingsDay?.eventStatus).toBe('https://schema.org/EventCancelled');
		expect(events[0]).toMatchObject({ '@type': 'Event', isAccessibleForFree: true, inLanguage: 'nl', location: { '@type': 'Place', geo: { latitude: 52.1, longitude: 4.3 } }, organizer: { name: 'Gemeente Zeestad' } });
	});

	it('of a series that has ended says no dates are planned', () => {
		const ended = readPage('cafe/oud-centrum/index.html', TOWN_DIST);
		expect(listedAfter(ended, 'De volgende 12 keer')).toEqual([]);
		expect(ended).toContain('Er staan nu geen data gepland.');
	});

	it('exists in every language, with the themed session page', () => {
		const pages = builtPages(TOWN_DIST);
		for (const prefix of ['', 'en/', 'ar/', 'tr/', 'pl/']) {
			expect(pages).toContain(`${prefix}cafe/strandhuis/index.html`);
			expect(pages).toContain(`${prefix}cafe/thema/borstvoeding/index.html`);
		}
	});
});

/** A calendar file as a phone reads it: its events, expanded with the time zone it carries. */
function readCalendar(file: string) {
	const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(TOWN_DIST, file), 'utf8')));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

function firstOccurrences(event: ICAL.Event, count: number): string[] {
	const iterator = event.iterator();
	const found: string[] = [];
	for (let next = iterator.next(); next && found.length < count; next = iterator.next()) found.push(next.toJSDate().toISOString());
	return found;
}

describe('calendar files, read back', () => {
	it('a location feed is a series with skipped dates, at 09:30 Dutch time in winter and summer', () => {
		const [series, themed] = readCalendar('cafe/strandhuis.ics');
		expect(series?.isRecurring()).toBe(true);
		const dates = firstOccurrences(series!, 20).filter((d) => d >= '2027-03-15');
		expect(dates.slice(0, 6)).toEqual(['2027-03-16T08:30:00.000Z', '2027-03-23T08:30:00.000Z', '2027-04-06T07:30:00.000Z', '2027-04-20T07:30:00.000Z', '2027-05-04T07:30:00.000Z', '2027-05-11T07:30:00.000Z']);
		expect(themed?.summary).toContain('Borstvoeding');
	});

	it('the whole agenda holds every location', () => {
		expect(readCalendar('cafe/agenda.ics').filter((e) => e.isRecurring())).toHaveLength(3);
	});

	it('"Zet in agenda" gives one session at the right time', () => {
		const [session] = readCalendar('cafe/strandhuis/2027-03-30.ics');
		expect(session?.isRecurring()).toBe(false);
		expect(session?.startDate.toJSDate().toISOString()).toBe('2027-03-30T07:30:00.000Z');
	});
});
