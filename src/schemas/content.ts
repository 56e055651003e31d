import { z } from 'astro/zod';
import { localizedText } from '../lib/localized.ts';
import { MAX, singleLine } from '../lib/text-rules.ts';
import { LAST_PREGNANCY_WEEK, PHASES, TOPICS } from '../lib/phases.ts';
import { MILESTONE_GROUPS } from '../lib/milestone-calendar.ts';
import { MILESTONE_RULES } from '../lib/my-phase.ts';

/** A date an editor last checked a text against its sources. It cannot lie in the future. */
export const reviewDate = z.coerce
	.date()
	.refine((date) => date.getTime() <= Date.now(), { error: 'lies in the future' })
	.meta({ title: 'Laatst nagekeken', description: 'De dag dat je de tekst met de bronnen hebt vergeleken.' });

/** The exact page that states a fact: a web address with a path, not a site's home page. */
export const sourceUrl = z
	.url({ protocol: /^https?$/, error: 'needs the full web address (https://...)' })
	.refine((url) => new URL(url).pathname.replace(/\/+$/, '') !== '' || new URL(url).search !== '', {
		error: 'is only a home page; give the exact page that states the fact',
	});

/** A page of Dutch public guidance that backs the text. */
const source = z.strictObject({
	/** What the reader sees, e.g. "Thuisarts: Zwanger worden". */
	title: singleLine(MAX.title).meta({ title: 'Naam van de bron', description: 'Zoals: Thuisarts: Zwanger worden.' }),
	/** The exact page. */
	url: sourceUrl.meta({ title: 'Webadres', description: 'De precieze pagina, niet de voorpagina.' }),
});

/** Non-Dutch files only: made by a machine, or reviewed by a person who speaks the language. */
const translation = z
	.enum(['machine', 'reviewed'], { error: 'say "machine" or "reviewed"' })
	.optional()
	.meta({ title: 'Vertaling', description: 'Alleen in een vertaling. Nagekeken door iemand die de taal spreekt? Kies nagekeken en draai npm run translations:stamp.', options: { machine: 'machinevertaling', reviewed: 'nagekeken' } });

/** Non-Dutch files only: the fingerprint of the Dutch text this translation was made from (npm run translations:stamp). */
const translatedFrom = z
	.string()
	.regex(/^[0-9a-f]{12}$/, { error: 'the 12-character fingerprint that npm run translations:stamp writes' })
	.optional()
	.meta({ title: 'Vertaald van versie', description: 'Vult npm run translations:stamp zelf in. Niet aanpassen.' });

const week = z.number().int().min(0).max(LAST_PREGNANCY_WEEK, { error: `a pregnancy lasts at most ${LAST_PREGNANCY_WEEK} weeks` });
const month = z.number().int().min(0).max(72);

/** Frontmatter of a topic page in content/fasen/<locale>/<phase>/<slug>.mdx. */
export const topicPage = z
	.strictObject({
		/** The page title. */
		title: singleLine(MAX.pageTitle).meta({ title: 'Titel' }),
		/** One sentence, shown on cards and in search results. */
		summary: singleLine(MAX.sentence).meta({ title: 'Samenvatting', description: 'Eén zin, voor de kaartjes en het zoeken.' }),
		/** The phase the page belongs to; it must match the folder. */
		phase: z.enum(PHASES).meta({ title: 'Fase' }),
		/** First pregnancy week the page is about. */
		weekFrom: week.optional().meta({ title: 'Vanaf zwangerschapsweek', description: 'Vul weken of maanden in, niet allebei. Laat leeg als het niet past.' }),
		/** Last pregnancy week the page is about. */
		weekTo: week.optional().meta({ title: 'Tot en met zwangerschapsweek' }),
		/** The child's age in months where the page starts to matter. */
		monthFrom: month.optional().meta({ title: 'Vanaf leeftijd (maanden)' }),
		/** The child's age in months where the page stops mattering. */
		monthTo: month.optional().meta({ title: 'Tot en met leeftijd (maanden)' }),
		/** Topics from the fixed list, for search and filters. */
		topics: z.array(z.enum(TOPICS)).min(1).meta({ title: 'Onderwerpen' }),
		/** Signs that need a midwife, GP or 112 now, each naming who to call. */
		whenToCall: z.array(singleLine(MAX.sentence).meta({ title: 'Teken' })).min(1).meta({ title: 'Wanneer bel je?', description: 'Elk teken in 1 korte zin (hoogstens 15 woorden), met wie je belt. Bijvoorbeeld: Je bloedt uit je vagina. Bel meteen je verloskundige.' }),
		/** Dutch public guidance the page follows. */
		sources: z.array(source).min(1, { error: 'name at least one source' }).meta({ title: 'Bronnen', description: 'Nederlandse richtlijnen of voorlichting, met de precieze pagina.' }),
		/** When an editor last checked the page. */
		lastReviewed: reviewDate,
		translation,
		translatedFrom,
		/** A town's own page only: true when it replaces the national page with the same id in this town. */
		override: z.boolean().optional().meta({ title: 'Vervangt de landelijke pagina', description: 'Alleen voor een eigen pagina van de gemeente met dezelfde naam als een landelijke pagina.' }),
		/** Local help that fits this topic: help categories or ids of files in content/hulp. Read from the Dutch original. */
		relatedHelp: z.array(z.string().meta({ title: 'Soort hulp of hulp-id' })).optional().meta({ title: 'Hulp in de buurt', description: 'Soorten hulp (zoals borstvoeding) of namen van bestanden in hulp/. Alleen in de Nederlandse pagina.' }),
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
	title: singleLine(MAX.pageTitle).meta({ title: 'Titel' }),
	/** One sentence describing the page, for search and link previews. */
	summary: singleLine(MAX.sentence).meta({ title: 'Samenvatting', description: 'Eén zin over de pagina, voor het zoeken.' }),
	/** When an editor last checked the page. */
	lastReviewed: reviewDate,
	translation,
	translatedFrom,
});

/** The first and last pregnancy week with a week-by-week page. */
export const FIRST_WEEK_PAGE = 4;

/** Frontmatter of a week-by-week page in content/nationaal/weken/<locale>/<week>.mdx, served at /zwanger/week/<week>/. */
export const weekPage = z.strictObject({
	/** The page title, e.g. "Zwanger van 20 weken". */
	title: singleLine(MAX.pageTitle).meta({ title: 'Titel', description: 'Zoals: Zwanger van 20 weken.' }),
	/** One sentence, shown in Mijn fase and in search results. */
	summary: singleLine(MAX.sentence).meta({ title: 'Samenvatting', description: 'Eén zin, voor Mijn fase en het zoeken.' }),
	/** The pregnancy week; the file name is the same number. */
	week: z
		.number()
		.int()
		.min(FIRST_WEEK_PAGE, { error: `week pages start at week ${FIRST_WEEK_PAGE}` })
		.max(LAST_PREGNANCY_WEEK, { error: `a pregnancy lasts at most ${LAST_PREGNANCY_WEEK} weeks` })
		.meta({ title: 'Zwangerschapsweek', description: 'Hetzelfde getal als de bestandsnaam.' }),
	/** Dutch public guidance the page follows. */
	sources: z.array(source).min(1, { error: 'name at least one source' }).meta({ title: 'Bronnen', description: 'Nederlandse richtlijnen of voorlichting, met de precieze pagina.' }),
	/** When an editor last checked the page. */
	lastReviewed: reviewDate,
	translation,
	translatedFrom,
});

export const glossaryEntry = z.strictObject({
	/** The word as readers of this language see it. */
	word: singleLine(MAX.name).meta({ title: 'Woord' }),
	/** One plain sentence. */
	definition: singleLine(MAX.sentence).meta({ title: 'Uitleg', description: 'Eén eenvoudige zin.' }),
});

export const milestone = z
	.strictObject({
		/** Stable id. */
		id: z.string().regex(/^[a-z0-9-]+$/).meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes. Verander een bestaande id niet.' }),
		/** Which of the parent's choices in "Zet in mijn agenda" it belongs to. */
		group: z.enum(MILESTONE_GROUPS, { error: `one of ${MILESTONE_GROUPS.join(', ')}` }).meta({ title: 'Groep', description: 'Voor de keuze in Zet in mijn agenda.' }),
		/** Pregnancy week of the milestone. */
		week: week.optional().meta({ title: 'Zwangerschapsweek', description: 'Vul precies één in: week, dag, maand of regel.' }),
		/** Last pregnancy week of a window, e.g. the 20-week scan from week 18 to week 21. */
		weekTo: week.optional().meta({ title: 'Tot en met week' }),
		/** Days after birth. */
		day: z.number().int().min(0).max(60).optional().meta({ title: 'Dagen na de geboorte' }),
		/** Last day after birth of a window. */
		dayTo: z.number().int().min(0).max(60).optional().meta({ title: 'Tot en met dag' }),
		/** The child's age in months. */
		month: month.optional().meta({ title: 'Leeftijd (maanden)' }),
		/** Last month of age of a window. */
		monthTo: month.optional().meta({ title: 'Tot en met maand' }),
		/** A date rule worked out in code, e.g. rsv-geboortemaand (RSV antibodies by birth month). */
		rule: z.enum(MILESTONE_RULES, { error: `one of ${MILESTONE_RULES.join(', ')}` }).optional().meta({ title: 'Regel', description: 'Een datum die de site zelf uitrekent, zoals rsv-geboortemaand.' }),
		/** Short title per language. */
		title: localizedText(MAX.title).meta({ title: 'Titel', description: 'Per taal. Nederlands is verplicht.' }),
		/** A topic page to read more, as a site path. */
		link: z.string().regex(/^\/[a-z0-9/-]*\/$/, { error: 'a site path like /zwanger/kraamzorg-regelen/' }).optional().meta({ title: 'Lees meer', description: 'Een pagina van de site, zoals /zwanger/kraamzorg-regelen/.' }),
		/** The Dutch public source that states the timing. */
		source: sourceUrl.meta({ title: 'Bron', description: 'De pagina die het moment noemt.' }),
	})
	.superRefine((m, ctx) => {
		const rules = (['week', 'day', 'month', 'rule'] as const).filter((key) => m[key] !== undefined);
		if (rules.length !== 1)
			ctx.addIssue({ code: 'custom', path: [rules[1] ?? 'week'], message: rules.length ? `give only one of week, day, month or rule, not ${rules.join(' and ')}` : 'needs a date rule: give one of week, day, month or rule' });
		for (const [from, to] of [['week', 'weekTo'], ['day', 'dayTo'], ['month', 'monthTo']] as const) {
			const a = m[from];
			const b = m[to];
			if (b !== undefined && a === undefined) ctx.addIssue({ code: 'custom', path: [to], message: `${to} ends a window that starts at ${from}: give ${from} too` });
			if (a !== undefined && b !== undefined && b <= a) ctx.addIssue({ code: 'custom', path: [to], message: `${to} (${b}) is not after ${from} (${a})` });
		}
	});

/** content/fasen/<locale>/fasen.yaml: title and intro of each phase overview. */
export const phaseIntros = z.partialRecord(z.enum(PHASES), z.strictObject({
		title: singleLine(MAX.title).meta({ title: 'Titel' }),
		intro: singleLine(MAX.paragraph).meta({ title: 'Inleiding', description: 'Een paar korte zinnen bovenaan de pagina van de fase.' }),
		/** The most urgent signs of this phase, each naming who to call; shown first on the overview page. */
		urgent: z
			.array(singleLine(MAX.sentence).meta({ title: 'Teken' }))
			.min(1)
			.max(4, { error: 'at most 4 lines: only the most urgent signs' })
			.optional()
			.meta({ title: 'Meest dringende tekens', description: '2 tot 4 korte regels: één teken en wie je belt.' }),
	}));

/** content/begrippen/<locale>.yaml: term id → word and definition. */
export const glossaryFile = z.record(z.string().regex(/^[a-z0-9-]+$/, { error: 'a term id uses lowercase letters, digits and dashes' }), glossaryEntry);
