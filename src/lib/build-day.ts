// "Today" as the build sees it. Build-time only: it reads the environment.
import { dutchDate, instantOfWallClock } from './dates.ts';

/**
 * The moment the build counts from: the start of SJPRUUT_TODAY (YYYY-MM-DD, Dutch time) when set, so tests and
 * previews see fixed dates; otherwise now. A malformed SJPRUUT_TODAY stops the build with a plain message.
 */
export function buildMoment(today = process.env.SJPRUUT_TODAY): Date {
	if (!today) return new Date();
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
	const instant = match ? instantOfWallClock(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 0, 0) : NaN;
	if (!match || dutchDate(instant) !== today) throw new Error(`SJPRUUT_TODAY: "${today}" is not a date like 2027-03-15`);
	return new Date(instant);
}

/** The Dutch calendar date (YYYY-MM-DD) the build counts from. */
export function buildDay(today = process.env.SJPRUUT_TODAY): string {
	return dutchDate(buildMoment(today).getTime());
}
