import OpeningHours from 'opening_hours';
import { instantOfWallClock, DUTCH_TIME_ZONE, wallClockDate } from './dates.ts';
import { packOpenTimes, type OpenTimes } from './open-now.ts';

/** Heerlen, for the Dutch public holidays (PH) in opening-hours rules. Build-time only: never shipped to a phone. */
const DUTCH_PLACE = { lat: 50.888, lon: 5.979, address: { country_code: 'nl', state: 'Limburg' } };

/** Parses an OpenStreetMap opening_hours rule with Dutch holidays, or says plainly why it cannot. */
export function parseOpeningHours(rule: string): { ok: true; hours: OpeningHours } | { ok: false; problem: string } {
	try {
		const hours = new OpeningHours(rule, DUTCH_PLACE);
		const warnings = hours.getWarnings();
		if (warnings.length) return { ok: false, problem: `"${rule}" is not clean opening_hours syntax: ${String(warnings[0]).split('\n')[0]}` };
		return { ok: true, hours };
	} catch (error) {
		return { ok: false, problem: `"${rule}" is not valid opening_hours syntax: ${String(error).split('\n')[0]}` };
	}
}

/** The weekdays as opening_hours and ISO count them: Monday first. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

// A week without Dutch public holidays, used to show a service's ordinary week. Weekly rules repeat, so the year
// does not matter; it only must hold no holiday.
const ORDINARY_MONDAY = [2026, 5, 8] as const; // 8 June 2026

const hhmm = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * A service's ordinary week as a parent reads it: for each day from Monday, its opening times ("09:00–17:00"),
 * an empty list when closed. Times are wall-clock times, as the rule states them.
 */
export function ordinaryWeek(hours: OpeningHours): Record<Weekday, string[]> {
	const week = {} as Record<Weekday, string[]>;
	WEEKDAYS.forEach((day, i) => {
		const start = new Date(ORDINARY_MONDAY[0], ORDINARY_MONDAY[1], ORDINARY_MONDAY[2] + i);
		const end = new Date(ORDINARY_MONDAY[0], ORDINARY_MONDAY[1], ORDINARY_MONDAY[2] + i + 1);
		week[day] = hours.getOpenIntervals(start, end).map(([from, to]) => `${hhmm(from)}–${to.getTime() === end.getTime() ? '24:00' : hhmm(to)}`);
	});
	return week;
}

/** True when a rule treats public holidays on their own ("PH"), so the page can say holidays may differ. */
export function mentionsHolidays(rule: string): boolean {
	return /\bPH\b/.test(rule);
}

/** How far ahead the build works out opening times. Rebuild the site at least this often to keep "open now". */
export const OPEN_TIMES_DAYS = 8 * 7;

/**
 * When a service is open from the start of the day of `from` (Dutch time) for `days` days, as sorted
 * [opens, closes] pairs of epoch milliseconds. The opening_hours library reads and writes Dates in the build
 * machine's own time zone; its clock readings are taken as Dutch wall-clock times, so a build in UTC (as in CI)
 * and a build in Heerlen give the same instants, also across the change to and from summer time.
 */
export function openIntervals(hours: OpeningHours, from: Date, days = OPEN_TIMES_DAYS): [number, number][] {
	const [year, month, day] = wallClockDate(from.getTime(), DUTCH_TIME_ZONE);
	const start = new Date(year, month, day);
	const end = new Date(year, month, day + days);
	const toInstant = (local: Date) => instantOfWallClock(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes());
	return hours.getOpenIntervals(start, end).map(([opens, closes]) => [toInstant(opens), closes.getTime() === end.getTime() ? instantOfWallClock(year, month, day + days, 0, 0) : toInstant(closes)]);
}

/** A service's opening times from the start of the Dutch day of `from`, packed small for the phone. */
export function openTimesAhead(hours: OpeningHours, from: Date, days = OPEN_TIMES_DAYS): OpenTimes {
	const [year, month, day] = wallClockDate(from.getTime(), DUTCH_TIME_ZONE);
	return packOpenTimes(openIntervals(hours, from, days), instantOfWallClock(year, month, day, 0, 0), instantOfWallClock(year, month, day + days, 0, 0));
}
