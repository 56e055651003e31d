import { z } from 'astro/zod';
import { localizedText } from '../lib/localized.ts';
import { LAST_PREGNANCY_WEEK, PHASES, TOPICS } from '../lib/phases.ts';

/** A date an editor last checked a text against its sources. It cannot lie in the future. */
export const reviewDate = z.coerce.date().refine((date) => date.getTime() <= Date.now(), { error: 'lies in the future' });

/** A page of Dutch public guidance that backs the text. */
const source = z.strictObject({
	/** What the reader sees, e.g. "Thuisarts: Zwanger worden". */
	title: z.string().trim().min(1),
	/** The exact page. */
	url: z.url({ protocol: /^https?$/, error: 'needs the full web address (https://...)' }),
});

const week = z.number().int().min(0).max(LAST_PREGNANCY_WEEK, { error: `a pregnancy lasts at most ${LAST_PREGNANCY_WEEK} weeks` });
const month = z.number().int().min(0).max(72);

/** Frontmatter of a topic page in content/fasen/<locale>/<phase>/<slug>.mdx. */
export const topicPage = z
	.strictObject({
		/** The page title. */
		title: z.string().trim().min(1),
		/** One sentence, shown on cards and in search results. */
		summary: z.string().trim().min(1, { error: 'write one sentence' }),
		/** The phase the page belongs to; it must match the folder. */
		phase: z.enum(PHASES),
		/** First pregnancy week the page is about. */
		weekFrom: week.optional(),
		/** Last pregnancy week the page is about. */
		weekTo: week.optional(),
		/** The child's age in months where the page starts to matter. */
		monthFrom: month.optional(),
		/** The child's age in months where the page stops mattering. */
		monthTo: month.optional(),
		/** Topics from the fixed list, for search and filters. */
		topics: z.array(z.enum(TOPICS)).min(1),
		/** Signs that need a midwife, GP or 112 now, each naming who to call. */
		whenToCall: z.array(z.string().trim().min(1)).min(1),
		/** Dutch public guidance the page follows. */
		sources: z.array(source).min(1, { error: 'name at least one source' }),
		/** When an editor last checked the page. */
		lastReviewed: reviewDate,
		/** Non-Dutch files only: made by a machine, or reviewed by a person who speaks the language. */
		translation: z.enum(['machine', 'reviewed']).optional(),
		/** Local help that fits this topic: help categories or ids of files in content/hulp. Read from the Dutch original. */
		relatedHelp: z.array(z.string()).optional(),
	})
	.superRefine((page, ctx) => {
		for (const [from, to] of [['weekFrom', 'weekTo'], ['monthFrom', 'monthTo']] as const) {
			const a = page[from];
			const b = page[to];
			if ((a === undefined) !== (b === undefined)) ctx.addIssue({ code: 'custom', path: [a === undefined ? from : to], message: `give both ${from} and ${to}` });
			if (a !== undefined && b !== undefined && b < a) ctx.addIssue({ code: 'custom', path: [to], message: `${to} (${b}) is before ${from} (${a})` });
		}
		if (page.weekFrom !== undefined && page.monthFrom !== undefined)
			ctx.addIssue({ code: 'custom', path: ['monthFrom'], message: 'use pregnancy weeks or months of age, not both' });
	});

/** Frontmatter of a fixed site page (over, privacy, toegankelijkheid). */
export const sitePage = z.strictObject({
	/** The page title. */
	title: z.string().trim().min(1),
	/** One sentence describing the page, for search and link previews. */
	summary: z.string().trim().min(1),
	/** When an editor last checked the page. */
	lastReviewed: reviewDate,
	/** Non-Dutch files only: made by a machine, or reviewed by a person. */
	translation: z.enum(['machine', 'reviewed']).optional(),
});

export const glossaryEntry = z.strictObject({
	/** The word as readers of this language see it. */
	word: z.string().trim().min(1),
	/** One plain sentence. */
	definition: z.string().trim().min(1),
});

export const milestone = z
	.strictObject({
		/** Stable id. */
		id: z.string().regex(/^[a-z0-9-]+$/),
		/** Pregnancy week of the milestone. */
		week: week.optional(),
		/** Days after birth. */
		day: z.number().int().min(0).max(60).optional(),
		/** The child's age in months. */
		month: month.optional(),
		/** Short title per language. */
		title: localizedText(),
		/** A topic page to read more, as a site path. */
		link: z.string().regex(/^\/[a-z0-9/-]*\/$/, { error: 'a site path like /zwanger/kraamzorg-regelen/' }).optional(),
		/** The Dutch public source that states the timing. */
		source: z.url({ protocol: /^https?$/ }),
	})
	.refine((m) => [m.week, m.day, m.month].filter((v) => v !== undefined).length === 1, { error: 'give exactly one of week, day or month' });


/** content/fasen/<locale>/fasen.yaml: title and intro of each phase overview. */
export const phaseIntros = z.partialRecord(z.enum(PHASES), z.strictObject({ title: z.string().trim().min(1), intro: z.string().trim().min(1) }));

/** content/begrippen/<locale>.yaml: term id → word and definition. */
export const glossaryFile = z.record(z.string().regex(/^[a-z0-9-]+$/, { error: 'a term id uses lowercase letters, digits and dashes' }), glossaryEntry);
