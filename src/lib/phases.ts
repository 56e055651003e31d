/** The phases of the child, in the order a family lives them. */
export const PHASES = ['zwanger-worden', 'zwanger', 'bevalling', 'baby', 'dreumes', 'peuter'] as const;
export type Phase = (typeof PHASES)[number];

/** The phases in the main menu. "Zwanger worden" is reached from the home page and from "Zwanger". */
export const MENU_PHASES = ['zwanger', 'bevalling', 'baby', 'dreumes', 'peuter'] as const satisfies readonly Phase[];

/** Fixed list of topics an editor can tag a page with. */
export const TOPICS = [
	'voeding',
	'gezondheid',
	'ontwikkeling',
	'slapen',
	'huilen',
	'veiligheid',
	'geld-en-regelingen',
	'werk',
	'relatie-en-gevoel',
	'opvoeden',
	'taal-en-voorlezen',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The longest a pregnancy is followed week by week. */
export const LAST_PREGNANCY_WEEK = 42;

/** What a topic page is for: pregnancy weeks, or the child's age in months. */
export interface TopicRange {
	weekFrom?: number;
	weekTo?: number;
	monthFrom?: number;
	monthTo?: number;
}

/**
 * Sort key for the cards on a phase overview: pages for pregnancy weeks come before pages for the child's age,
 * earlier before later; pages without a range come last.
 */
export function rangeSortKey(range: TopicRange): number {
	if (range.weekFrom !== undefined) return range.weekFrom;
	if (range.monthFrom !== undefined) return 100 + range.monthFrom;
	return 1000;
}
