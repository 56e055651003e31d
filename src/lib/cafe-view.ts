// Which dates the café pages and calendar files show. Build-time only.
import { addDays } from './cafe.ts';
import { buildDay } from './build-day.ts';

/** How far ahead /cafe/ lists dates. */
export const CAFE_WEEKS_AHEAD = 8;
/** How many dates a location page lists. */
export const CAFE_DATES_PER_LOCATION = 12;

/** The dates the pages cover: from the build day, far enough ahead for 12 sessions of a monthly café. */
export function cafeWindow(): { today: string; weeksAhead: string; farAhead: string } {
	const today = buildDay();
	return { today, weeksAhead: addDays(today, CAFE_WEEKS_AHEAD * 7 - 1), farAhead: addDays(today, 400) };
}
