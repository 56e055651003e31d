// Calendar files for the café, made with ical-generator (no hand-written iCalendar). Build-time only.
// Times are written as Dutch wall-clock times with TZID=Europe/Amsterdam and a VTIMEZONE, so a phone anywhere
// shows 09:30 in summer and in winter alike.
import ical, { escape, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday, type ICalCalendar, type ICalRepeatingOptions } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { RRule, type CafeSeries, type CafeSession } from './cafe.ts';
import { DUTCH_TIME_ZONE, instantOfWallClock } from './dates.ts';

/** What a calendar entry says about a place. */
export interface CalendarPlace {
	id: string;
	/** "Sjpruut Café Strandhuis". */
	title: string;
	description: string;
	/** One line: "Strandweg 1, 1234 AB Zeestad". */
	address: string;
	lat: number;
	lon: number;
	/** The location's page. */
	url: string;
}

export interface CalendarOptions {
	/** The calendar's name in a phone's list of calendars. */
	name: string;
	/** The site's address, for unique ids: "https://sjpruut.example.org". */
	siteUrl: string;
	/** When the file was made: the build moment. */
	stamp: Date;
}

/**
 * The VTIMEZONE for Dutch time. The library files Amsterdam under Europe/Brussels, as the time zone database does
 * (same rules since 1977); the block is relabelled so its TZID matches the events that use it.
 */
function dutchTimeZoneBlock(): string {
	const block = tzlib_get_ical_block(DUTCH_TIME_ZONE)[0] ?? '';
	return block.replace(/^TZID:.*$/m, `TZID:${DUTCH_TIME_ZONE}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${DUTCH_TIME_ZONE}`);
}

/**
 * The calendar's name as one line of iCalendar TEXT. ical-generator writes NAME and X-WR-CALNAME as given, so a line
 * break in the site's name would start new properties (even whole VEVENTs) in every feed.
 */
export function calendarName(name: string): string {
	return escape(name.replace(/\p{Cc}+/gu, ' ').trim(), false);
}

function newCalendar({ name }: CalendarOptions): ICalCalendar {
	const calendar = ical({ name: calendarName(name), method: ICalCalendarMethod.PUBLISH, prodId: { company: 'sjpruut', product: 'cafe', language: 'NL' }, ttl: 60 * 60 * 24 });
	// The VTIMEZONE block without a calendar-wide zone: with one, ical-generator writes DTSTAMP as a local time
	// without Z, which RFC 5545 (3.8.7.2) forbids. Every event carries TZID=Europe/Amsterdam itself.
	calendar.timezone({ name: null, generator: dutchTimeZoneBlock });
	return calendar;
}

/** "2027-03-30" and "09:30" as the floating text ical-generator writes with the calendar's TZID. */
const wallClock = (date: string, time: string) => `${date}T${time}:00`;

const WEEKDAYS = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU];

/** The series' RRULE in ical-generator's terms, with the dates it skips. */
function repeatingOf(series: CafeSeries, skipped: string[]): ICalRepeatingOptions {
	const rule = RRule.parseString(series.rrule);
	const days = [rule.byweekday ?? []].flat().map((day) => WEEKDAYS[typeof day === 'number' ? day : typeof day === 'object' ? day.weekday : 0] ?? ICalWeekday.MO);
	// An UNTIL date includes that day's session: the end of that Dutch day, in UTC as RFC 5545 requires.
	const untilDay = rule.until ? rule.until.toISOString().slice(0, 10).split('-').map(Number) : undefined;
	const until = untilDay ? new Date(instantOfWallClock(untilDay[0] ?? 0, (untilDay[1] ?? 1) - 1, untilDay[2] ?? 1, 23, 59)) : undefined;
	return {
		freq: ICalEventRepeatingFreq[RRule.FREQUENCIES[rule.freq ?? RRule.WEEKLY] as keyof typeof ICalEventRepeatingFreq],
		...(rule.interval && { interval: rule.interval }),
		...(rule.count && { count: rule.count }),
		...(until && { until }),
		...(days.length && { byDay: days }),
		...(rule.bysetpos !== undefined && rule.bysetpos !== null && { bySetPos: [rule.bysetpos].flat() }),
		...(rule.bymonthday !== undefined && rule.bymonthday !== null && { byMonthDay: [rule.bymonthday].flat() }),
		...(rule.bymonth !== undefined && rule.bymonth !== null && { byMonth: [rule.bymonth].flat() }),
		...(skipped.length && { exclude: skipped.map((date) => wallClock(date, series.startTime)) }),
	};
}

/** A location's series: one repeating entry, minus cancelled and themed dates, plus each themed session on its own. */
function addLocation(calendar: ICalCalendar, place: CalendarPlace, series: CafeSeries, sessions: readonly CafeSession[], themes: ReadonlyMap<string, { title: string; url: string }>, options: CalendarOptions): void {
	const host = new URL(options.siteUrl).hostname;
	const common = { location: { title: place.title, address: place.address, geo: { lat: place.lat, lon: place.lon } }, timezone: DUTCH_TIME_ZONE, stamp: options.stamp };
	const skipped = sessions.filter((s) => s.cancelled || s.theme).map((s) => s.date);
	calendar.createEvent({
		...common,
		id: `cafe-${place.id}@${host}`,
		start: wallClock(series.startDate, series.startTime),
		end: wallClock(series.startDate, series.endTime),
		summary: place.title,
		description: place.description,
		url: place.url,
		repeating: repeatingOf(series, skipped),
	});
	for (const session of sessions.filter((s) => s.theme && !s.cancelled)) {
		const theme = themes.get(session.theme ?? '');
		if (!theme) continue;
		calendar.createEvent({ ...common, id: `cafe-${place.id}-${session.date}@${host}`, start: wallClock(session.date, series.startTime), end: wallClock(session.date, series.endTime), summary: `${place.title}: ${theme.title}`, description: place.description, url: theme.url });
	}
}

/**
 * The subscribable feed of one or more locations. `sessions` must cover the dates to skip: every cancelled and
 * themed date from each series' start until as far ahead as the site looks (a daily rebuild keeps it current).
 */
export function seriesCalendar(locations: readonly { place: CalendarPlace; series: CafeSeries; sessions: readonly CafeSession[] }[], themes: ReadonlyMap<string, { title: string; url: string }>, options: CalendarOptions): string {
	const calendar = newCalendar(options);
	for (const { place, series, sessions } of locations) addLocation(calendar, place, series, sessions, themes, options);
	return calendar.toString();
}

/** One session, for "Zet in agenda". A cancelled session is written as cancelled, so a phone that has it crosses it out. */
export function sessionCalendar(place: CalendarPlace, session: CafeSession, series: Pick<CafeSeries, 'startTime' | 'endTime'>, summary: string, url: string, options: CalendarOptions): string {
	const calendar = newCalendar(options);
	calendar.createEvent({
		id: `cafe-${place.id}-${session.date}@${new URL(options.siteUrl).hostname}`,
		start: wallClock(session.date, series.startTime),
		end: wallClock(session.date, series.endTime),
		timezone: DUTCH_TIME_ZONE,
		stamp: options.stamp,
		summary,
		description: place.description,
		location: { title: place.title, address: place.address, geo: { lat: place.lat, lon: place.lon } },
		url,
		...(session.cancelled && { status: ICalEventStatus.CANCELLED }),
	});
	return calendar.toString();
}
