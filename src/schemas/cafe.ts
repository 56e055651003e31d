import { z } from 'astro/zod';
import { seriesRuleProblem } from '../lib/cafe.ts';
import { localizedText } from '../lib/localized.ts';
import { MAX, singleLine } from '../lib/text-rules.ts';
import { address, coordinates } from './hulp.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date like 2027-03-30' }).refine((date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), { error: 'is not a real date' });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time like 09:30' });
// YAML reads an unquoted 2027-03-30 as a date; the café works with the plain text.
const day = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDay);

/** content/cafe/locaties/<id>.yaml: one place where the café meets, and when. */
export const cafeLocation = z
	.strictObject({
		/** The place as parents know it ("Buurthuis De Pit"). */
		name: singleLine(MAX.name),
		/** The neighbourhood, e.g. Heerlerheide. */
		neighbourhood: singleLine(MAX.name),
		address,
		/** Where the route link on the page points; from the municipality or OpenStreetMap. */
		coordinates,
		/** What a parent with a pram needs to know before coming. */
		accessibility: z.strictObject({ stepFree: z.boolean(), pramSpace: z.boolean(), babyChanging: z.boolean() }),
		/** Who is there: the youth nurse, Ooievaarmoeders, per language. */
		whoIsThere: localizedText(),
		/** RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1. */
		rrule: z.string().superRefine((rule, ctx) => {
			const problem = seriesRuleProblem(rule);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		}),
		/** The first day of the series. */
		startDate: day,
		/** Dutch wall-clock times. */
		startTime: clock,
		endTime: clock,
		/** Leave out Dutch public holidays (date-holidays). */
		skipPublicHolidays: z.boolean().default(true),
		/** Dates of the series that do not go ahead, with an optional reason. */
		exceptions: z.array(z.strictObject({ date: day, reason: localizedText(MAX.sentence).optional() })).default([]),
	})
	.superRefine((location, ctx) => {
		if (location.endTime <= location.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: `${location.endTime} is not after startTime ${location.startTime}` });
	});

/** content/cafe/thema/<slug>.mdx frontmatter: a themed session in place of the regular café on one date. */
export const cafeTheme = z.strictObject({
	title: singleLine(MAX.pageTitle),
	/** One sentence for cards and search. */
	summary: singleLine(MAX.sentence),
	/** The id of the location (its file name in content/cafe/locaties/). */
	location: z.string().trim().min(1),
	date: day,
});

export type CafeLocation = z.output<typeof cafeLocation>;
