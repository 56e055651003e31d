import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allDayCalendar, escapeText, foldLine } from '../../src/lib/ics.ts';
import { MILESTONE_GROUPS, milestoneCalendar, type CalendarMilestone, type MilestoneGroup } from '../../src/lib/milestone-calendar.ts';
import { weekPart } from '../../src/lib/week-text.ts';
import { myPhase, rsvWindow, parseCalendarDate, formatCalendarDate } from '../../src/lib/my-phase.ts';

const SITE = 'https://sjpruut.example.org';
const stamp = new Date('2026-11-23T09:00:00Z');
const nl = { name: 'Sjpruut: mijn fase', readMore: 'Lees meer: {{url}}', source: 'Bron: {{url}}' };

/** The real milestones, in one language, as the page passes them to the island. */
function milestonesIn(locale: string): CalendarMilestone[] {
	const yaml = parse(readFileSync('content/nationaal/mijlpalen.yaml', 'utf8')) as (CalendarMilestone & { title: Record<string, string>; link?: string })[];
	return yaml.map(({ title, link, ...m }) => ({ ...m, title: title[locale] ?? title.nl!, href: link && (locale === 'nl' ? link : `/${locale}${link}`) }));
}

const all = new Set<MilestoneGroup>(MILESTONE_GROUPS);

/** The file as a phone reads it. */
function readBack(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) })) };
}
const byUid = (text: string, prefix: string) => readBack(text).events.find(({ event }) => event.uid.startsWith(`${prefix}-`));

describe('the calendar file for a due date', () => {
	const phase = myPhase('dueDate', '2027-05-02', '2026-11-23'); // week 17
	const text = milestoneCalendar(phase, milestonesIn('nl'), all, { siteUrl: SITE, text: nl, stamp })!;
	const { calendar, events } = readBack(text);

	it('is valid iCalendar 2.0 with CRLF line endings and lines of at most 75 octets', () => {
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toContain('sjpruut.example.org');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('holds only what is still to come, with dates counted from the due date', () => {
		const ids = events.map(({ event }) => event.uid.split('-2027')[0]);
		expect(ids).not.toContain('termijnecho');
		expect(ids).toContain('kinkhoestprik');
		// Week 22 is 18 weeks before the due date.
		expect(byUid(text, 'kinkhoestprik')!.event.startDate.toString()).toBe('2026-12-27');
		// The 20-week scan is a window: week 18 up to and including week 21.
		const scan = byUid(text, 'twintig-weken-echo')!.event;
		expect([scan.startDate.toString(), scan.endDate.toString()]).toEqual(['2026-11-29', '2026-12-27']);
		expect(scan.startDate.isDate).toBe(true);
		expect(byUid(text, 'prikken-3-maanden')!.event.startDate.toString()).toBe('2027-08-02');
	});

	it('gives each event a reminder 3 days before and a DTSTAMP in UTC', () => {
		for (const { component } of events) {
			const alarm = component.getFirstSubcomponent('valarm')!;
			expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
			expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P3D');
			expect(component.getFirstProperty('dtstamp')!.toICALString()).toBe('DTSTAMP:20261123T090000Z');
		}
	});

	it('says in the description where to read more (a full address) and the source', () => {
		const { event } = byUid(text, 'kinkhoestprik')!;
		expect(event.summary).toBe('Kinkhoestprik (22-wekenprik)');
		expect(event.description).toBe('Lees meer: https://sjpruut.example.org/zwanger/kinkhoestprik/\nBron: https://rijksvaccinatieprogramma.nl/kinkhoestprik/vragen-en-antwoorden');
	});

	it('keeps the same ids when made again for the same date, and other ids for another date', () => {
		const again = milestoneCalendar(phase, milestonesIn('nl'), all, { siteUrl: SITE, text: nl, stamp: new Date('2026-12-01T10:00:00Z') })!;
		const uids = (t: string) => readBack(t).events.map(({ event }) => event.uid);
		expect(uids(again)).toEqual(uids(text));
		expect(new Set(uids(text)).size).toBe(uids(text).length);
		expect(uids(text)).toContain('kinkhoestprik-20270502@sjpruut.example.org');
		const other = milestoneCalendar(myPhase('dueDate', '2027-05-09', '2026-11-23'), milestonesIn('nl'), all, { siteUrl: SITE, text: nl, stamp })!;
		expect(uids(other)).toContain('kinkhoestprik-20270509@sjpruut.example.org');
	});

	it('holds only the groups she chose', () => {
		const paperwork = readBack(milestoneCalendar(phase, milestonesIn('nl'), new Set(['geld-en-papieren']), { siteUrl: SITE, text: nl, stamp })!);
		const ids = paperwork.events.map(({ event }) => event.uid.split('-2027')[0]);
		expect(ids).toEqual(['zwangerschapsverlof', 'aangifte-geboorte', 'peuteropvang']);
	});
});

describe('the calendar file for a birth date', () => {
	const ar = { name: 'سبرووت', readMore: 'اقرئي المزيد: {{url}}', source: 'المصدر: {{url}}' };
	const phase = myPhase('birthDate', '2026-11-20', '2026-11-24');
	const text = milestoneCalendar(phase, milestonesIn('ar'), all, { siteUrl: SITE, text: ar, stamp })!;

	it('is in the reader’s language, with links to pages in that language', () => {
		const { event } = byUid(text, 'eerste-bezoek-consultatiebureau')!;
		expect(event.summary).toBe('أول زيارة إلى الـ consultatiebureau');
		expect(event.startDate.toString()).toBe('2026-12-18');
		expect(event.description).toContain('اقرئي المزيد: https://sjpruut.example.org/ar/baby/consultatiebureau/');
	});

	it('counts months of age in calendar months, and leaves out what is over', () => {
		expect(byUid(text, 'prik-14-maanden')!.event.startDate.toString()).toBe('2028-01-20');
		// Registering the birth ended on day 3 (23 November); the heel prick window runs to day 7.
		expect(byUid(text, 'aangifte-geboorte')).toBeUndefined();
		const heelPrick = byUid(text, 'hielprik')!.event;
		expect([heelPrick.startDate.toString(), heelPrick.endDate.toString()]).toEqual(['2026-11-23', '2026-11-28']);
	});
});

describe('RSV antibodies follow the birth month', () => {
	const window = (birth: string) => {
		const days = rsvWindow(parseCalendarDate(birth)!);
		return [formatCalendarDate(days.from), formatCalendarDate(days.to)];
	};
	it('within 2 weeks of birth for babies born 1 October to 31 March', () => {
		expect(window('2026-10-01')).toEqual(['2026-10-01', '2026-10-15']);
		expect(window('2027-03-31')).toEqual(['2027-03-31', '2027-04-14']);
	});
	it('in September or October for babies born April to September', () => {
		expect(window('2027-04-01')).toEqual(['2027-09-01', '2027-10-31']);
		expect(window('2027-09-15')).toEqual(['2027-09-15', '2027-10-31']);
	});
});

describe('the iCalendar writer', () => {
	it('escapes commas, semicolons, backslashes and newlines', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});
	it('folds at 75 octets without splitting a character', () => {
		const line = `SUMMARY:${'ع'.repeat(80)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.replaceAll('\r\n ', '')).toBe(line);
	});
	it('reads back text with every special character unchanged', () => {
		const summary = 'Prik, deel 1; met \\ en\nnieuwe regel, en een heel lange titel die zeker over de vijfenzeventig tekens heen gaat';
		const text = allDayCalendar([{ uid: 'x@y', start: '2027-01-01', summary, description: 'd' }], { prodId: '-//t//t//NL', name: 'n', stamp });
		expect(readBack(text).events[0]!.event.summary).toBe(summary);
	});
});

describe('weekPart', () => {
	it('gives the "Je baby" part of a week page as plain text', () => {
		const body = readFileSync('content/nationaal/weken/nl/20.mdx', 'utf8');
		expect(weekPart(body, 'JeBaby')).toBe('Je baby is ongeveer zo lang als een banaan. Van hoofd tot hiel is dat ongeveer 25 cm. Je baby heeft een wit, vettig laagje op de huid.');
	});
	it('keeps link texts and drops addresses and tags', () => {
		expect(weekPart('<DezeWeek>\n\n- Lees over [de <Begrip term="x">echo</Begrip>](/zwanger/echo/).\n\n</DezeWeek>', 'DezeWeek')).toBe('Lees over de echo.');
		expect(weekPart('no parts here', 'JeBaby')).toBeUndefined();
	});
});

describe('the milestone schema', async () => {
	const { milestone } = await import('../../src/schemas/content.ts');
	const base = { id: 'x', group: 'zwanger', title: { nl: 'X' }, source: 'https://www.rivm.nl/x' };
	const problems = (extra: object) => (milestone.safeParse({ ...base, ...extra }).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	it('accepts a window and the RSV rule', () => {
		expect(problems({ week: 18, weekTo: 21 })).toEqual([]);
		expect(problems({ rule: 'rsv-geboortemaand' })).toEqual([]);
	});
	it('names the field when the date rule is missing, doubled or the window runs backwards', () => {
		expect(problems({})).toEqual(['week: needs a date rule: give one of week, day, month or rule']);
		expect(problems({ week: 8, month: 2 })).toEqual(['month: give only one of week, day, month or rule, not week and month']);
		expect(problems({ day: 7, dayTo: 3 })).toEqual(['dayTo: dayTo (3) is not after day (7)']);
		expect(problems({ month: 2, weekTo: 3 })).toEqual(['weekTo: weekTo ends a window that starts at week: give week too']);
		expect(problems({ week: 8, group: 'overig' })).toEqual(['group: one of zwanger, gezondheid, vaccinaties, geld-en-papieren']);
	});
});
