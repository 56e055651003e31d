import OpeningHours from 'opening_hours';

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
