import type { CafeSession } from './cafe.ts';
import { isoWithOffset } from './dates.ts';

/** What schema.org needs to know about the place of a session. */
export interface EventPlace {
	name: string;
	street: string;
	postalCode: string;
	city: string;
	lat: number;
	lon: number;
}

/**
 * schema.org Event data for café sessions, so search engines and assistants show the right date and say so when
 * one is cancelled. "<" is escaped, so no text in the data can close the script element it sits in.
 */
export function cafeEventsJsonLd(events: { session: CafeSession; name: string; description: string; url: string }[], place: EventPlace, organizer: { name: string; url: string }, language: string): string {
	const data = events.map(({ session, name, description, url }) => ({
		'@context': 'https://schema.org',
		'@type': 'Event',
		name,
		description,
		url,
		startDate: isoWithOffset(session.start),
		endDate: isoWithOffset(session.end),
		eventStatus: session.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		isAccessibleForFree: true,
		inLanguage: language,
		location: {
			'@type': 'Place',
			name: place.name,
			address: { '@type': 'PostalAddress', streetAddress: place.street, postalCode: place.postalCode, addressLocality: place.city, addressCountry: 'NL' },
			geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
		},
		organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url },
	}));
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
