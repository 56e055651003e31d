import { z } from 'astro/zod';
import { seriesRuleProblem } from '../lib/cafe.ts';
import { localizedText } from '../lib/localized.ts';
import { MAX, singleLine } from '../lib/text-rules.ts';
import { address, coordinates } from './hulp.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date like 2027-03-30' }).refine((date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), { error: 'is not a real date' });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time like 09:30' });
// YAML reads an unquoted 2027-03-30 as a date; the café works with the plain text.
const day = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDay).meta({ format: 'date' });

/** content/cafe/locaties/<id>.yaml: one place where the café meets, and when. */
export const cafeLocation = z
	.strictObject({
		/** The place as parents know it ("Buurthuis De Pit"). */
		name: singleLine(MAX.name).meta({ title: 'Naam van de plek', description: 'Zoals ouders de plek kennen, bijvoorbeeld Buurthuis De Pit.' }),
		/** The neighbourhood, e.g. Heerlerheide. */
		neighbourhood: singleLine(MAX.name).meta({ title: 'Wijk' }),
		address,
		/** Where the route link on the page points; from the municipality or OpenStreetMap. */
		coordinates: coordinates.meta({ title: 'Plek op de kaart', description: 'Breedte- en lengtegraad, van OpenStreetMap. Voor de routelink.' }),
		/** What a parent with a pram needs to know before coming. */
		accessibility: z
			.strictObject({
				stepFree: z.boolean().meta({ title: 'Zonder drempels of trappen' }),
				pramSpace: z.boolean().meta({ title: 'Plek voor de kinderwagen' }),
				babyChanging: z.boolean().meta({ title: 'Verschoontafel' }),
			})
			.meta({ title: 'Toegankelijkheid' }),
		/** Who is there: the youth nurse, Ooievaarmoeders, per language. */
		whoIsThere: localizedText().meta({ title: 'Wie is er?', description: 'Bijvoorbeeld: de jeugdverpleegkundige en de Ooievaarmoeders. Nederlands is verplicht.' }),
		/** RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1. */
		rrule: z.string().superRefine((rule, ctx) => {
			const problem = seriesRuleProblem(rule);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		}).meta({ title: 'Wanneer (herhaling)', description: 'Elke dinsdag: FREQ=WEEKLY;BYDAY=TU. Om de week: FREQ=WEEKLY;INTERVAL=2;BYDAY=TU. Eerste woensdag van de maand: FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1.' }),
		/** The first day of the series. */
		startDate: day.meta({ title: 'Eerste datum', format: 'date' }),
		/** Dutch wall-clock times. */
		startTime: clock.meta({ title: 'Begintijd', description: 'Nederlandse tijd, zoals 09:30.' }),
		endTime: clock.meta({ title: 'Eindtijd', description: 'Nederlandse tijd, zoals 11:30.' }),
		/** Leave out Dutch public holidays (date-holidays). */
		skipPublicHolidays: z.boolean().default(true).meta({ title: 'Niet op feestdagen', description: 'Geen café op Nederlandse feestdagen. De pagina zegt waarom.' }),
		/** Dates of the series that do not go ahead, with an optional reason. */
		exceptions: z
			.array(z.strictObject({ date: day.meta({ title: 'Datum', format: 'date' }), reason: localizedText(MAX.sentence).optional().meta({ title: 'Reden' }) }))
			.default([])
			.meta({ title: 'Gaat niet door op', description: 'Data waarop het café niet doorgaat, met een reden.' }),
	})
	.superRefine((location, ctx) => {
		if (location.endTime <= location.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: `${location.endTime} is not after startTime ${location.startTime}` });
	});

/** content/cafe/thema/<slug>.mdx frontmatter: a themed session in place of the regular café on one date. */
export const cafeTheme = z.strictObject({
	title: singleLine(MAX.pageTitle).meta({ title: 'Titel' }),
	/** One sentence for cards and search. */
	summary: singleLine(MAX.sentence).meta({ title: 'Samenvatting', description: 'Eén zin, voor de kaartjes en het zoeken.' }),
	/** The id of the location (its file name in content/cafe/locaties/). */
	location: z.string().trim().min(1).meta({ title: 'Plek', description: 'De bestandsnaam van de plek in cafe/locaties, zonder .yaml.' }),
	date: day.meta({ title: 'Datum', description: 'Een datum waarop het café op die plek toch al is.', format: 'date' }),
});

export type CafeLocation = z.output<typeof cafeLocation>;
