import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { describeIssues } from '../../src/lib/content-errors.ts';
import { ordinaryWeek, parseOpeningHours } from '../../src/lib/opening-hours.ts';
import { helpService } from '../../src/schemas/hulp.ts';

const files = globSync('content/heerlen/hulp/*.{yaml,yml}').sort();
const problemsOf = (data: unknown) => {
	const result = helpService.safeParse(data);
	return result.success ? [] : describeIssues(result.error);
};

describe('every help entry in content/hulp', () => {
	it('finds the entries', () => {
		expect(files.length).toBeGreaterThan(10);
	});
	it.each(files)('%s is valid', (file) => {
		expect(problemsOf(parseYaml(readFileSync(file, 'utf8')))).toEqual([]);
	});
});

const valid = {
	name: 'Voorbeeld',
	organization: 'Voorbeeld',
	description: { nl: 'Hier krijg je hulp.' },
	categories: ['geld-en-schulden'],
	phases: ['baby'],
	phone: '0800 8115',
	openingHours: 'Mo-Fr 09:00-17:00; PH off',
	cost: 'free',
	referral: 'none',
	languages: ['nl', 'ar'],
	lastReviewed: '2026-01-15',
	sources: ['https://www.rijksoverheid.nl/'],
};

describe('a help entry with bad input is rejected with the field named', () => {
	it('accepts the valid example', () => {
		expect(problemsOf(valid)).toEqual([]);
	});
	it.each([
		['an invalid opening_hours string', { openingHours: 'Mo-Fr 25:00-26:00' }, /^openingHours: "Mo-Fr 25:00-26:00" is not valid opening_hours syntax/],
		['sloppy opening hours', { openingHours: 'Mon to Fri 9-5' }, /^openingHours: "Mon to Fri 9-5" is not clean opening_hours syntax/],
		['an unparseable phone number', { phone: 'bel ons' }, /^phone: "bel ons" is not a valid Dutch phone number/],
		['a phone number that is not Dutch', { phone: '+49 30 1234567' }, /^phone: "\+49 30 1234567" is not a valid Dutch phone number/],
		['an unknown category', { categories: ['sport'] }, /^categories\.0:/],
		['an unknown phase', { phases: ['kleuter'] }, /^phases\.0:/],
		['an unknown language code', { languages: ['nl', 'xx'] }, /^languages\.1: "xx" is not an ISO 639-1 language code/],
		['a missing Dutch description', { description: { en: 'Help here.' } }, /^description\.nl:/],
		['a lastReviewed in the future', { lastReviewed: '2999-01-01' }, /^lastReviewed: lies in the future/],
	])('%s', (_, change, message) => {
		const problems = problemsOf({ ...valid, ...change });
		expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
	});
});

describe('parseOpeningHours', () => {
	it('knows Dutch public holidays: King’s Day 2026 is closed for "Mo-Fr 09:00-17:00; PH off"', () => {
		const parsed = parseOpeningHours('Mo-Fr 09:00-17:00; PH off');
		expect(parsed.ok && parsed.hours.getState(new Date('2026-04-27T12:00:00+02:00'))).toBe(false);
		expect(parsed.ok && parsed.hours.getState(new Date('2026-04-28T12:00:00+02:00'))).toBe(true);
	});
});

describe('the GP out-of-hours post is open whenever the GP is closed', () => {
	const rule = parseYaml(readFileSync('content/heerlen/hulp/huisartsenspoedpost-oostelijk-zuid-limburg.yaml', 'utf8')).openingHours as string;
	const parsed = parseOpeningHours(rule);
	it.each([
		['a weekday at noon', '2026-11-20T12:00:00+01:00', false],
		['a weekday evening', '2026-11-20T18:00:00+01:00', true],
		['Sunday night into Monday', '2026-11-23T03:00:00+01:00', true],
		['a Sunday afternoon', '2026-11-22T15:00:00+01:00', true],
		['King’s Day at noon', '2026-04-27T12:00:00+02:00', true],
		['the night the clocks go back', '2026-10-25T02:30:00+01:00', true],
	])('%s: open is %s', (_, instant, open) => {
		expect(parsed.ok && parsed.hours.getState(new Date(instant))).toBe(open);
	});
});

describe('ordinaryWeek', () => {
	const week = (rule: string) => {
		const parsed = parseOpeningHours(rule);
		if (!parsed.ok) throw new Error(parsed.problem);
		return ordinaryWeek(parsed.hours);
	};
	it('lists weekday hours and closed weekend days', () => {
		expect(week('Mo-Fr 09:00-17:00; PH off')).toEqual({ mo: ['09:00–17:00'], tu: ['09:00–17:00'], we: ['09:00–17:00'], th: ['09:00–17:00'], fr: ['09:00–17:00'], sa: [], su: [] });
	});
	it('shows a day that is open all day as 00:00–24:00', () => {
		expect(week('24/7').su).toEqual(['00:00–24:00']);
	});
	it('shows the out-of-hours post as night and evening on weekdays, all day at the weekend', () => {
		const w = week('Mo-Fr 00:00-08:00,17:00-24:00; Sa,Su,PH 00:00-24:00');
		expect(w.we).toEqual(['00:00–08:00', '17:00–24:00']);
		expect(w.sa).toEqual(['00:00–24:00']);
	});
});
