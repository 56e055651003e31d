import { describe, expect, it } from 'vitest';
import { comingMilestones, localToday, myPhase, parseCalendarDate, topicFits } from '../../src/lib/my-phase.ts';

describe('parseCalendarDate', () => {
	it.each(['2026-02-30', '2025-02-29', '26-01-01', '2026-13-01', 'morgen', '', '2026-1-5', '2026-01-05T10:00'])('rejects %j', (value) => {
		expect(parseCalendarDate(value)).toBeUndefined();
	});
	it('accepts 29 February in a leap year', () => {
		expect(parseCalendarDate('2028-02-29')).toBeDefined();
	});
});

describe('myPhase from a due date', () => {
	it('counts whole weeks and days: 17 weeks before the due date is week 23', () => {
		expect(myPhase('dueDate', '2027-03-22', '2026-11-23')).toEqual({ kind: 'pregnant', week: 23, day: 0, dueDate: '2027-03-22', daysToDueDate: 119 });
		expect(myPhase('dueDate', '2027-03-22', '2026-11-25')).toMatchObject({ week: 23, day: 2 });
	});
	it('says week 40 on the due date and week 41 a week later', () => {
		expect(myPhase('dueDate', '2026-11-22', '2026-11-22')).toMatchObject({ kind: 'pregnant', week: 40, day: 0 });
		expect(myPhase('dueDate', '2026-11-15', '2026-11-22')).toMatchObject({ kind: 'pregnant', week: 41, day: 0 });
	});
	it('still counts at 42 weeks and 6 days, and asks for the birth date after that', () => {
		expect(myPhase('dueDate', '2026-11-04', '2026-11-22')).toMatchObject({ kind: 'pregnant', week: 42, day: 4 });
		expect(myPhase('dueDate', '2026-11-02', '2026-11-22')).toMatchObject({ kind: 'pregnant', week: 42, day: 6 });
		expect(myPhase('dueDate', '2026-11-01', '2026-11-22')).toEqual({ kind: 'problem', problem: 'pastDueDate' });
	});
	it('never gives a negative week for a due date more than 40 weeks away', () => {
		expect(myPhase('dueDate', '2027-12-01', '2026-11-22')).toEqual({ kind: 'problem', problem: 'tooFarAhead' });
	});
	it('counts across 29 February of a leap year', () => {
		// 1 March 2028 minus 280 days is 26 May 2027; on 29 February 2028 that is 279 days: week 39, day 6.
		expect(myPhase('dueDate', '2028-03-01', '2028-02-29')).toMatchObject({ kind: 'pregnant', week: 39, day: 6 });
	});
});

describe('myPhase from the first day of the last period', () => {
	it('adds 280 days for the due date', () => {
		expect(myPhase('lastPeriod', '2026-06-01', '2026-11-22')).toMatchObject({ kind: 'pregnant', week: 24, day: 6, dueDate: '2027-03-08' });
	});
	it('rejects a date in the future', () => {
		expect(myPhase('lastPeriod', '2026-12-01', '2026-11-22')).toEqual({ kind: 'problem', problem: 'inTheFuture' });
	});
});

describe('myPhase from a birth date', () => {
	it('gives whole months: a baby born on 22 April is 7 months on 22 November', () => {
		expect(myPhase('birthDate', '2026-04-22', '2026-11-22')).toMatchObject({ kind: 'child', months: 7 });
		expect(myPhase('birthDate', '2026-04-23', '2026-11-22')).toMatchObject({ kind: 'child', months: 6 });
	});
	it('handles a birthday on 29 February', () => {
		expect(myPhase('birthDate', '2028-02-29', '2029-02-28')).toMatchObject({ kind: 'child', months: 11 });
		expect(myPhase('birthDate', '2028-02-29', '2029-03-01')).toMatchObject({ kind: 'child', months: 12 });
	});
	it('calls a birth date in the future a problem, not a negative age', () => {
		expect(myPhase('birthDate', '2026-11-23', '2026-11-22')).toEqual({ kind: 'problem', problem: 'inTheFuture' });
	});
	it('stops at the fourth birthday', () => {
		expect(myPhase('birthDate', '2022-11-22', '2026-11-22')).toEqual({ kind: 'problem', problem: 'olderThanFour' });
	});
	it.each(['', 'gisteren', '31-12-2025', '2026-02-30'])('calls nonsense input %j a problem', (value) => {
		expect(myPhase('birthDate', value, '2026-11-22')).toEqual({ kind: 'problem', problem: 'notADate' });
	});
});

describe('comingMilestones', () => {
	const milestones = [
		{ id: 'echo20', week: 20 },
		{ id: 'kinkhoest', week: 22 },
		{ id: 'aangifte', day: 3 },
		{ id: 'twee-jaar', month: 24 },
	];
	it('lists what comes next in pregnancy, with the date it falls on', () => {
		const phase = myPhase('dueDate', '2027-05-02', '2026-11-22'); // 161 days to go: week 17
		expect(phase).toMatchObject({ week: 17 });
		expect(comingMilestones(phase, milestones, 2)).toEqual([
			{ id: 'echo20', week: 20, date: '2026-12-13' },
			{ id: 'kinkhoest', week: 22, date: '2026-12-27' },
		]);
	});
	it('lists what comes next for a child, from the birth date', () => {
		const phase = myPhase('birthDate', '2026-11-20', '2026-11-22');
		expect(comingMilestones(phase, milestones, 5).map((m) => [m.id, m.date])).toEqual([
			['aangifte', '2026-11-23'],
			['twee-jaar', '2028-11-20'],
		]);
	});
	it('lists nothing for a problem', () => {
		expect(comingMilestones({ kind: 'problem', problem: 'notADate' }, milestones, 3)).toEqual([]);
	});
});

describe('topicFits', () => {
	it('matches pregnancy weeks and ages in months', () => {
		const week23 = myPhase('dueDate', '2027-03-22', '2026-11-16');
		expect(topicFits(week23, { weekFrom: 20, weekTo: 30 })).toBe(true);
		expect(topicFits(week23, { monthFrom: 0, monthTo: 6 })).toBe(false);
		expect(topicFits(myPhase('birthDate', '2026-04-22', '2026-11-22'), { monthFrom: 4, monthTo: 12 })).toBe(true);
	});
});

it('localToday uses the device’s own calendar date', () => {
	expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
});
