// "Zet in mijn agenda": the milestones from today on as a calendar file, made on the phone from the date the parent
// entered. Pure: the island only turns the text into a download.
import { allDayCalendar, type AllDayEvent } from './ics.ts';
import { birthOf, formatCalendarDate, milestonesFromToday, type Milestone, type MyPhase } from './my-phase.ts';

/** The groups a parent can choose, in the order the form shows them. */
export const MILESTONE_GROUPS = ['zwanger', 'gezondheid', 'vaccinaties', 'geld-en-papieren'] as const;
export type MilestoneGroup = (typeof MILESTONE_GROUPS)[number];

/** A reminder pops up this many days before each milestone. */
export const ALARM_DAYS_BEFORE = 3;

/** A milestone as the calendar needs it, already in the reader's language. */
export interface CalendarMilestone extends Milestone {
	group: MilestoneGroup;
	title: string;
	/** The topic page, as a site path in the reader's language. */
	href?: string;
	/** The public source that states the timing. */
	source: string;
}

export interface CalendarText {
	/** The calendar's name, e.g. "Sjpruut: mijn fase". */
	name: string;
	/** "Lees meer: {{url}}". */
	readMore: string;
	/** "Bron: {{url}}". */
	source: string;
}

export interface CalendarOptions {
	/** The site's address, e.g. "https://sjpruut.example.org". */
	siteUrl: string;
	text: CalendarText;
	/** When the file is made. */
	stamp: Date;
}

/** "<milestone-id>-<yyyymmdd>@<site host>": the same for the same date, so importing again updates the events. */
export function milestoneUid(id: string, birthDate: string, siteUrl: string): string {
	return `${id}-${birthDate.replaceAll('-', '')}@${new URL(siteUrl).host}`;
}

/** One event per chosen milestone that is not over yet, each with a reminder a few days before. */
export function milestoneEvents(phase: MyPhase, milestones: CalendarMilestone[], groups: ReadonlySet<MilestoneGroup>, options: Omit<CalendarOptions, 'stamp'>): AllDayEvent[] {
	const birth = birthOf(phase);
	if (birth === undefined) return [];
	const birthDate = formatCalendarDate(birth);
	return milestonesFromToday(
		phase,
		milestones.filter((m) => groups.has(m.group)),
	).map((m) => {
		const url = m.href ? new URL(m.href, options.siteUrl).href : undefined;
		const lines = [...(url ? [options.text.readMore.replace('{{url}}', url)] : []), options.text.source.replace('{{url}}', m.source)];
		return {
			uid: milestoneUid(m.id, birthDate, options.siteUrl),
			start: m.date,
			end: m.dateTo,
			summary: m.title,
			description: lines.join('\n'),
			url,
			alarmDaysBefore: ALARM_DAYS_BEFORE,
		};
	});
}

/** The calendar file, or undefined when the date cannot be used or nothing is left to put in it. */
export function milestoneCalendar(phase: MyPhase, milestones: CalendarMilestone[], groups: ReadonlySet<MilestoneGroup>, options: CalendarOptions): string | undefined {
	const events = milestoneEvents(phase, milestones, groups, options);
	if (!events.length) return undefined;
	return allDayCalendar(events, { prodId: `-//${new URL(options.siteUrl).host}//Mijn fase//NL`, name: options.text.name, stamp: options.stamp });
}
