// "Mijn fase": where a parent is now, from one date they know. Calendar dates only (YYYY-MM-DD), counted in whole
// days in UTC, so time zones, daylight saving and leap years can never shift a day.

import { LAST_PREGNANCY_WEEK } from './phases.ts';

/** What the parent tells us. */
export type KnownDate = 'dueDate' | 'lastPeriod' | 'birthDate';

/** A pregnancy lasts 280 days (40 weeks) from the first day of the last period to the due date. */
export const PREGNANCY_DAYS = 280;
/** The portal follows children until their fourth birthday (48 months). */
export const LAST_CHILD_MONTH = 48;

export type MyPhase =
	| { kind: 'pregnant'; week: number; day: number; dueDate: string; daysToDueDate: number }
	| { kind: 'child'; months: number; weeks: number; days: number; birthDate: string }
	| { kind: 'problem'; problem: DateProblem };

/** Why a date cannot be used; each has a calm message in every language. */
export type DateProblem = 'notADate' | 'inTheFuture' | 'tooFarAhead' | 'pastDueDate' | 'olderThanFour';

const DAY_MS = 86_400_000;

/** Reads "YYYY-MM-DD" as a calendar date, or undefined for anything else (including 2026-02-30). */
export function parseCalendarDate(value: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	const back = new Date(time);
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
	return time / DAY_MS;
}

export function formatCalendarDate(dayNumber: number): string {
	return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Today's calendar date on the device, as "YYYY-MM-DD" in its local time zone. */
export function localToday(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole calendar months from one date to another: 31 January to 29 February is 0 months, to 1 March 1 month. */
function wholeMonthsBetween(from: number, to: number): number {
	const a = new Date(from * DAY_MS);
	const b = new Date(to * DAY_MS);
	let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
	if (b.getUTCDate() < a.getUTCDate()) months -= 1;
	return months;
}

/** Where the parent is on `today`, from the date they entered. Never a negative week: a problem instead. */
export function myPhase(known: KnownDate, value: string, today: string): MyPhase {
	const date = parseCalendarDate(value);
	const now = parseCalendarDate(today);
	if (date === undefined || now === undefined) return { kind: 'problem', problem: 'notADate' };

	if (known === 'birthDate') {
		if (date > now) return { kind: 'problem', problem: 'inTheFuture' };
		const months = wholeMonthsBetween(date, now);
		if (months >= LAST_CHILD_MONTH) return { kind: 'problem', problem: 'olderThanFour' };
		const days = now - date;
		return { kind: 'child', months, weeks: Math.floor(days / 7), days, birthDate: formatCalendarDate(date) };
	}

	const dueDate = known === 'dueDate' ? date : date + PREGNANCY_DAYS;
	if (known === 'lastPeriod' && date > now) return { kind: 'problem', problem: 'inTheFuture' };
	const daysPregnant = PREGNANCY_DAYS - (dueDate - now);
	if (daysPregnant < 0) return { kind: 'problem', problem: 'tooFarAhead' };
	if (daysPregnant >= (LAST_PREGNANCY_WEEK + 1) * 7) return { kind: 'problem', problem: 'pastDueDate' };
	return { kind: 'pregnant', week: Math.floor(daysPregnant / 7), day: daysPregnant % 7, dueDate: formatCalendarDate(dueDate), daysToDueDate: dueDate - now };
}

/** A moment on one line from conception to age four: days from the due date (pregnancy) or from birth (child). */
export interface Milestone {
	id: string;
	week?: number;
	day?: number;
	month?: number;
}

/** Days from the due date or birth at which a milestone falls: negative during pregnancy. */
export function milestoneOffset(m: Milestone): number {
	if (m.week !== undefined) return m.week * 7 - PREGNANCY_DAYS;
	if (m.day !== undefined) return m.day;
	return Math.round((m.month ?? 0) * 30.44);
}

/** Where the parent is on that same line. */
export function phaseOffset(phase: MyPhase): number | undefined {
	if (phase.kind === 'pregnant') return -phase.daysToDueDate;
	if (phase.kind === 'child') return phase.days;
	return undefined;
}

/** The next milestones from today, soonest first, with the calendar date each falls on (from due date or birth). */
export function comingMilestones<M extends Milestone>(phase: MyPhase, milestones: M[], count: number): (M & { date: string })[] {
	const here = phaseOffset(phase);
	if (here === undefined || phase.kind === 'problem') return [];
	const anchor = parseCalendarDate(phase.kind === 'pregnant' ? phase.dueDate : phase.birthDate) ?? 0;
	return milestones
		.map((m) => ({ ...m, offset: milestoneOffset(m) }))
		.filter((m) => m.offset >= here)
		.sort((a, b) => a.offset - b.offset)
		.slice(0, count)
		.map(({ offset, ...m }) => ({ ...(m as unknown as M), date: formatCalendarDate(anchor + offset) }));
}

/** Whether a topic page is about where the parent is now. */
export function topicFits(phase: MyPhase, range: { weekFrom?: number; weekTo?: number; monthFrom?: number; monthTo?: number }): boolean {
	if (phase.kind === 'pregnant') return range.weekFrom !== undefined && range.weekTo !== undefined && range.weekFrom <= phase.week && phase.week <= range.weekTo;
	if (phase.kind === 'child') return range.monthFrom !== undefined && range.monthTo !== undefined && range.monthFrom <= phase.months && phase.months <= range.monthTo;
	return false;
}
