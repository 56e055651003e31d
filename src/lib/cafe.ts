// The Sjpruut Café's dates: series from an RRULE, minus public holidays and cancelled dates, with themed sessions in
// their place. Build-time only (rrule and date-holidays never reach a phone). Dates are Dutch calendar dates
// ("2027-03-30"); times are Dutch wall-clock times ("09:30") that become instants only at the very end, so summer
// and winter time come out right.
import Holidays from 'date-holidays';
import * as rruleModule from 'rrule';
import { instantOfWallClock } from './dates.ts';
import type { LocalizedText } from './localized.ts';

// rrule ships CommonJS to Node and ES modules to bundlers: take its exports from wherever they are.
export const { RRule, rrulestr } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;

/** A café location's repeating schedule, as the editor writes it in content/cafe/locaties/<id>.yaml. */
export interface CafeSeries {
	/** RFC 5545 RRULE without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=TU". */
	rrule: string;
	/** The first day of the series (YYYY-MM-DD). */
	startDate: string;
	/** Dutch wall-clock times, "09:30". */
	startTime: string;
	endTime: string;
	/** Leave out days that are Dutch public holidays. */
	skipPublicHolidays: boolean;
	/** Dates that do not go ahead, with an optional reason per language. */
	exceptions: { date: string; reason?: LocalizedText }[];
}

/** A themed session: one date at one location, in place of the regular café that day. */
export interface CafeTheme {
	slug: string;
	location: string;
	date: string;
}

/** One café morning or afternoon as a parent sees it. */
export interface CafeSession {
	location: string;
	date: string;
	/** Epoch milliseconds. */
	start: number;
	end: number;
	/** Set when it does not go ahead: an editor's reason, or the public holiday it falls on. */
	cancelled?: { reason?: LocalizedText; holiday?: string };
	/** The slug of the themed session held instead of the regular café. */
	theme?: string;
}

const RULE_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS', 'BYMONTHDAY', 'BYMONTH', 'COUNT', 'UNTIL', 'WKST']);

/** Why an RRULE cannot be used, in words an editor can act on; undefined when it is fine. */
export function seriesRuleProblem(rule: string): string | undefined {
	const parts = rule.split(';').map((part) => part.split('=')[0]?.toUpperCase() ?? '');
	if (/DTSTART|\n/i.test(rule)) return `"${rule}" must be only the RRULE: the start comes from startDate and startTime`;
	const unknown = parts.find((part) => !RULE_PARTS.has(part));
	if (unknown !== undefined) return `"${rule}" is not a valid RRULE here: "${unknown}" is not one of ${[...RULE_PARTS].join(', ')}`;
	try {
		const options = RRule.parseString(rule);
		if (options.freq === undefined) return `"${rule}" is not a valid RRULE: it needs FREQ, e.g. FREQ=WEEKLY;BYDAY=TU`;
		if (options.freq < RRule.MONTHLY) return `"${rule}" repeats less than once a month; use FREQ=MONTHLY, WEEKLY or DAILY`;
		if (options.freq > RRule.DAILY) return `"${rule}" repeats more than once a day; use FREQ=MONTHLY, WEEKLY or DAILY`;
		const nth = [options.byweekday ?? []].flat().find((day) => typeof day === 'object' && day.n);
		if (nth) return `"${rule}": write a numbered weekday with BYSETPOS, e.g. BYDAY=WE;BYSETPOS=1 for the first Wednesday`;
		new RRule({ ...options, dtstart: new Date(Date.UTC(2027, 0, 1)) }).all((_, i) => i < 1);
	} catch (error) {
		return `"${rule}" is not a valid RRULE: ${error instanceof Error ? error.message : String(error)}`;
	}
	return undefined;
}

/** "09:30" as [9, 30]. */
export const clockTime = (time: string): [number, number] => time.split(':').map(Number) as [number, number];

const compact = (date: string) => date.replaceAll('-', '');
const dateOf = (utcMidnight: Date) => utcMidnight.toISOString().slice(0, 10);

/**
 * Every date of a series from its start up to and including `until`. rrule works on "floating" dates here: UTC
 * midnight stands for the Dutch calendar day, so no time zone can shift a date.
 */
export function seriesDates(series: Pick<CafeSeries, 'rrule' | 'startDate'>, until: string): string[] {
	const rule = rrulestr(`DTSTART:${compact(series.startDate)}T000000Z\nRRULE:${series.rrule}`);
	return rule.between(new Date(`${series.startDate}T00:00:00Z`), new Date(`${until}T00:00:00Z`), true).map(dateOf);
}

const dutchHolidays = new Holidays('NL');

/** The Dutch public holiday on a date (its Dutch name), or undefined. Only days off count, not e.g. Mother's Day. */
export function publicHoliday(date: string): string | undefined {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const found = dutchHolidays.isHoliday(new Date(year, month - 1, day, 12));
	return found ? found.find((holiday) => holiday.type === 'public')?.name : undefined;
}

/** The instants a session on `date` starts and ends, from Dutch wall-clock times. */
export function sessionTimes(date: string, startTime: string, endTime: string): { start: number; end: number } {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const at = (time: string) => instantOfWallClock(year, month - 1, day, ...clockTime(time));
	return { start: at(startTime), end: at(endTime) };
}

/** The sessions of one location from `from` up to and including `until` (YYYY-MM-DD), cancelled ones included. */
export function sessionsOf(location: string, series: CafeSeries, themes: readonly CafeTheme[], from: string, until: string): CafeSession[] {
	return seriesDates(series, until)
		.filter((date) => date >= from)
		.map((date) => {
			const exception = series.exceptions.find((e) => e.date === date);
			const holiday = series.skipPublicHolidays ? publicHoliday(date) : undefined;
			const theme = themes.find((t) => t.location === location && t.date === date);
			return {
				location,
				date,
				...sessionTimes(date, series.startTime, series.endTime),
				...(exception ? { cancelled: { reason: exception.reason } } : holiday ? { cancelled: { holiday } } : {}),
				...(theme && !exception && !holiday ? { theme: theme.slug } : {}),
			};
		});
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return dateOf(d);
}

/** Ids that would clash with the café's own pages and feeds. */
export const RESERVED_LOCATION_IDS = ['thema', 'agenda'];

export interface LocationFile {
	id: string;
	file: string;
	series: CafeSeries;
}
export interface ThemeFile extends CafeTheme {
	file: string;
}

const farEnough = (series: CafeSeries, date: string) => seriesDates(series, date > series.startDate ? date : series.startDate);

/** The rules for locations: a cancelled date must be a date of the series, and no location may take a reserved id. */
export function locationProblems(locations: readonly LocationFile[]): string[] {
	return locations.flatMap(({ id, file, series }) => [
		...(RESERVED_LOCATION_IDS.includes(id) ? [`${file}: id: "${id}" is reserved for the café's own pages; rename the file`] : []),
		...series.exceptions.flatMap(({ date }, i) =>
			farEnough(series, date).includes(date) ? [] : [`${file}: exceptions.${i}.date: ${date} is not a date of this café's series (${series.rrule} from ${series.startDate})`],
		),
	]);
}

/** The rules for themed sessions: a known location, on a date the café meets there, and not on a cancelled date. */
export function themeProblems(locations: readonly LocationFile[], themes: readonly ThemeFile[]): string[] {
	return themes.flatMap((theme) => {
		const location = locations.find((l) => l.id === theme.location);
		if (!location) return [`${theme.file}: location: "${theme.location}" is not a café location; use one of: ${locations.map((l) => l.id).join(', ') || '(none yet)'}`];
		const { series } = location;
		if (!farEnough(series, theme.date).includes(theme.date)) return [`${theme.file}: date: ${theme.date} is not a date of the café at "${theme.location}" (${series.rrule} from ${series.startDate})`];
		if (series.exceptions.some((e) => e.date === theme.date)) return [`${theme.file}: date: the café at "${theme.location}" is cancelled on ${theme.date}`];
		return [];
	});
}
