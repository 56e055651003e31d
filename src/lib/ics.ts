// A small iCalendar (RFC 5545) writer for all-day events, small enough to run on the phone: "Mijn fase" builds its
// calendar file in the browser, so no date a parent enters ever reaches a server. (The café feeds are made at build
// time with ical-generator; that library is too big for a tool page.)

/** One all-day event, or a run of whole days. */
export interface AllDayEvent {
	/** Stays the same each time the file is made for the same date, so a phone updates instead of duplicating. */
	uid: string;
	/** First day, "YYYY-MM-DD". */
	start: string;
	/** Last day of a window, "YYYY-MM-DD" (inclusive); none for a single day. */
	end?: string;
	summary: string;
	description: string;
	url?: string;
	/** A reminder this many days before the start. */
	alarmDaysBefore?: number;
}

export interface CalendarInfo {
	/** "-//Sjpruut//Mijn fase//NL". */
	prodId: string;
	/** The calendar's name in a phone's list of calendars. */
	name: string;
	/** When the file was made. */
	stamp: Date;
}

/** TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = encoder.encode(character).length;
		const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with one space
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** "2026-11-23" → "20261123". */
const basicDate = (date: string) => date.replaceAll('-', '');

/** The day after a "YYYY-MM-DD" date: DTEND of an all-day event is the first day after it. */
function nextDay(date: string): string {
	const time = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
	return new Date(time).toISOString().slice(0, 10);
}

/** "20261123T090000Z": a moment in UTC. */
export function utcStamp(moment: Date): string {
	return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function eventLines(event: AllDayEvent, stamp: string): string[] {
	return [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${basicDate(event.start)}`,
		`DTEND;VALUE=DATE:${basicDate(nextDay(event.end ?? event.start))}`,
		`SUMMARY:${escapeText(event.summary)}`,
		`DESCRIPTION:${escapeText(event.description)}`,
		...(event.url ? [`URL:${event.url}`] : []),
		'TRANSP:TRANSPARENT',
		...(event.alarmDaysBefore
			? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-P${event.alarmDaysBefore}D`, 'END:VALARM']
			: []),
		'END:VEVENT',
	];
}

/** A whole calendar file: CRLF line endings, folded lines, one VEVENT per event. */
export function allDayCalendar(events: readonly AllDayEvent[], info: CalendarInfo): string {
	const stamp = utcStamp(info.stamp);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${info.prodId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(info.name)}`,
		...events.flatMap((event) => eventLines(event, stamp)),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
