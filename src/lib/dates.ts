import type { Locale } from './locales.ts';

// Latin digits in Arabic too: phone numbers, weeks and dates on Dutch papers use them.
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL' };

/** The time zone of every opening time and café date: the services are in the Netherlands, wherever the build runs. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

/** A calendar date as a reader of that language writes it: "22 november 2026". */
export function formatLongDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: DUTCH_TIME_ZONE }).format(date);
}

/** The ISO calendar date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Minutes that a time zone is ahead of UTC at an instant (60 in Dutch winter time, 120 in summer time). */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
	const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
	return Math.round((wallAsUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which a wall clock in `timeZone` shows the given date and time. Month is 0-based, as in Date;
 * hour 24 means midnight at the end of the day.
 */
export function instantOfWallClock(year: number, month: number, day: number, hour: number, minute: number, timeZone = DUTCH_TIME_ZONE): number {
	const wall = Date.UTC(year, month, day, hour, minute);
	const guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
	return wall - zoneOffsetMinutes(guess, timeZone) * 60_000;
}

/** The wall-clock calendar date in `timeZone` at an instant, as [year, month (0-based), day]. */
export function wallClockDate(instant: number, timeZone: string): [number, number, number] {
	const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant).split('-').map(Number);
	return [year, month - 1, day];
}

/** The ISO calendar date (YYYY-MM-DD) that a Dutch wall clock shows at an instant. */
export function dutchDate(instant: number): string {
	const [year, month, day] = wallClockDate(instant, DUTCH_TIME_ZONE);
	return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A session's day as a parent reads it: "dinsdag 30 maart". */
export function formatSessionDay(instant: number, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: DUTCH_TIME_ZONE }).format(instant);
}

/** A Dutch clock time: "09:30". */
export function formatClock(instant: number, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: DUTCH_TIME_ZONE }).format(instant);
}

/** The instant with its Dutch offset, as schema.org and <time datetime> want it: "2027-03-30T09:30:00+02:00". */
export function isoWithOffset(instant: number): string {
	const offset = zoneOffsetMinutes(instant, DUTCH_TIME_ZONE);
	const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
	return `${dutchDate(instant)}T${formatClock(instant, 'nl')}:00${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}
