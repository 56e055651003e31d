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

/** A date rule too irregular for a fixed week, day or month, worked out in code. */
export const MILESTONE_RULES = ['rsv-geboortemaand'] as const;
export type MilestoneRule = (typeof MILESTONE_RULES)[number];

/**
 * A moment on one line from conception to age four: a pregnancy week, days after birth, months of age, or a rule.
 * `weekTo`, `dayTo` and `monthTo` make it a window (the last week, day or month it can fall in).
 */
export interface Milestone {
	id: string;
	week?: number;
	weekTo?: number;
	day?: number;
	dayTo?: number;
	month?: number;
	monthTo?: number;
	rule?: MilestoneRule;
}

/** The same calendar date `months` later, or the month's last day when it has no such date (31 Jan + 1 = 28/29 Feb). */
export function addMonths(dayNumber: number, months: number): number {
	const date = new Date(dayNumber * DAY_MS);
	const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
	const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0)).getUTCDate();
	return first / DAY_MS + Math.min(date.getUTCDate(), lastDay) - 1;
}

/**
 * RSV antibodies (RIVM, from 2025): a baby born 1 October to 31 March gets them within 2 weeks of birth; a baby born
 * April to September gets them in September or October, from birth on.
 */
export function rsvWindow(birth: number): { from: number; to: number } {
	const date = new Date(birth * DAY_MS);
	const month = date.getUTCMonth(); // 0 = January
	if (month >= 9 || month <= 2) return { from: birth, to: birth + 14 };
	const year = date.getUTCFullYear();
	return { from: Math.max(birth, Date.UTC(year, 8, 1) / DAY_MS), to: Date.UTC(year, 9, 31) / DAY_MS };
}

/** The first and last calendar day of a milestone, for a baby born (or due) on `birth` (a day number). */
export function milestoneDays(m: Milestone, birth: number): { from: number; to: number } {
	if (m.rule === 'rsv-geboortemaand') return rsvWindow(birth);
	if (m.week !== undefined) {
		const from = birth + m.week * 7 - PREGNANCY_DAYS;
		return { from, to: m.weekTo === undefined ? from : birth + m.weekTo * 7 + 6 - PREGNANCY_DAYS };
	}
	if (m.day !== undefined) return { from: birth + m.day, to: birth + (m.dayTo ?? m.day) };
	const month = m.month ?? 0;
	return { from: addMonths(birth, month), to: m.monthTo === undefined ? addMonths(birth, month) : addMonths(birth, m.monthTo + 1) - 1 };
}

/** The baby's birth date, or the due date during pregnancy, as a day number. */
export function birthOf(phase: MyPhase): number | undefined {
	if (phase.kind === 'problem') return undefined;
	return parseCalendarDate(phase.kind === 'pregnant' ? phase.dueDate : phase.birthDate);
}

/** Today on the line from the due date or birth, as a day number. */
function todayOf(phase: MyPhase, birth: number): number | undefined {
	if (phase.kind === 'pregnant') return birth - phase.daysToDueDate;
	if (phase.kind === 'child') return birth + phase.days;
	return undefined;
}

/** Every milestone not yet over, soonest first, with its first (and, for a window, last) calendar day. */
export function milestonesFromToday<M extends Milestone>(phase: MyPhase, milestones: M[]): (M & { date: string; dateTo?: string })[] {
	const birth = birthOf(phase);
	const today = birth === undefined ? undefined : todayOf(phase, birth);
	if (birth === undefined || today === undefined) return [];
	return milestones
		.map((m) => ({ m, days: milestoneDays(m, birth) }))
		.filter(({ days }) => days.to >= today)
		.sort((a, b) => a.days.from - b.days.from)
		.map(({ m, days }) => ({ ...m, date: formatCalendarDate(days.from), ...(days.to > days.from ? { dateTo: formatCalendarDate(days.to) } : {}) }));
}

/** The next milestones from today, soonest first, with the calendar date each falls on (from due date or birth). */
export function comingMilestones<M extends Milestone>(phase: MyPhase, milestones: M[], count: number): (M & { date: string; dateTo?: string })[] {
	return milestonesFromToday(phase, milestones).slice(0, count);
}

/** Whether a topic page is about where the parent is now. */
export function topicFits(phase: MyPhase, range: { weekFrom?: number; weekTo?: number; monthFrom?: number; monthTo?: number }): boolean {
	if (phase.kind === 'pregnant') return range.weekFrom !== undefined && range.weekTo !== undefined && range.weekFrom <= phase.week && phase.week <= range.weekTo;
	if (phase.kind === 'child') return range.monthFrom !== undefined && range.monthTo !== undefined && range.monthFrom <= phase.months && phase.months <= range.monthTo;
	return false;
}
