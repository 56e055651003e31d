import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parseContent, ContentError } from './content-errors.ts';
import { localizedText } from './localized.ts';
import { dutchPhoneNumber, dutchPhoneProblem } from './phone.ts';
import { MAX, singleLine } from './text-rules.ts';

const phone = z.string().transform((value, ctx) => {
	const parsed = dutchPhoneNumber(value);
	if (!parsed) {
		ctx.issues.push({ code: 'custom', input: value, message: dutchPhoneProblem(value) ?? `"${value}" is not a valid Dutch phone number` });
		return z.NEVER;
	}
	return parsed;
});

const colour = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'a colour like "#7a2e5c"' });

const urgentLine = z.strictObject({
	/** Stable id, used as the anchor on /direct-hulp/ (e.g. "alarmnummer"). */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'use lowercase letters, digits and dashes' }).meta({ title: 'Id', description: 'Kleine letters, cijfers en streepjes, zoals alarmnummer.' }),
	/** Who you call, per language: "Alarmnummer 112". */
	name: localizedText(MAX.name).meta({ title: 'Wie bel je?', description: 'Per taal, zoals: Alarmnummer 112.' }),
	/** One line on when to call, per language. */
	when: localizedText(MAX.sentence).meta({ title: 'Wanneer bel je?', description: 'Eén regel per taal.' }),
	/** The number to dial. Left out where there is no single number, such as "your own midwife". */
	phone: phone.optional().meta({ title: 'Telefoonnummer', description: 'Laat leeg als er geen vast nummer is, zoals bij je eigen verloskundige.' }),
	/** A website with more information. */
	website: z.url({ protocol: /^https$/ }).optional().meta({ title: 'Website' }),
	/** True for a line that answers day and night. */
	alwaysOpen: z.boolean().default(false).meta({ title: 'Dag en nacht bereikbaar' }),
});

/** content/site.yaml: everything that makes the site this town's site. */
export const siteSchema = z.strictObject({
	/** The portal's name, shown in the header and titles ("Sjpruut"). */
	name: singleLine(MAX.name).refine(Boolean, { error: 'the site needs a name' }).meta({ title: 'Naam van de site' }),
	/** The town or region the portal serves ("Heerlen"). */
	region: singleLine(MAX.name).meta({ title: 'Gemeente of regio' }),
	/** The public address of the site, used for the sitemap and language alternates. */
	url: z.url({ protocol: /^https?$/ }).meta({ title: 'Webadres van de site', description: 'Zoals https://www.voorbeeld.nl.' }),
	/** The local programme the portal belongs to ("Kansrijk van Start"). */
	programme: singleLine(MAX.name).meta({ title: 'Programma', description: 'Zoals Kansrijk van Start.' }),
	/** One short line under the name, per language. */
	tagline: localizedText(MAX.title).meta({ title: 'Ondertitel', description: 'Eén korte regel onder de naam, per taal.' }),
	/** Who runs the site and answers questions about it. */
	contact: z
		.strictObject({
			organisation: singleLine(MAX.name).meta({ title: 'Organisatie' }),
			website: z.url({ protocol: /^https$/ }).meta({ title: 'Website' }),
			phone: phone.optional().meta({ title: 'Telefoonnummer' }),
			email: z.email().optional().meta({ title: 'E-mailadres' }),
		})
		.meta({ title: 'Contact', description: 'Wie de site beheert en vragen beantwoordt.' }),
	/** The organisations in the programme, shown in the footer and on /over/. */
	partners: z
		.array(z.strictObject({ name: singleLine(MAX.name).meta({ title: 'Naam' }), website: z.url({ protocol: /^https$/ }).optional().meta({ title: 'Website' }) }).meta({ title: 'Partner' }))
		.min(1)
		.meta({ title: 'Partners', description: 'De organisaties in het programma.' }),
	/** The urgent-help numbers, in the order a worried parent needs them. Shown on /direct-hulp/. */
	urgent: z.array(urgentLine.meta({ title: 'Nummer' })).min(1).meta({ title: 'Direct hulp', description: 'De nummers voor dringende hulp, in de volgorde die een ongeruste ouder nodig heeft.' }),
	/** National topic pages this town does not show, by id ("<phase>/<slug>"): gone from menus, search, sitemap and Mijn fase. */
	hide: z
		.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'a page id like "baby/koorts"' }).meta({ title: 'Pagina' }))
		.default([])
		.meta({ title: 'Landelijke pagina’s die je niet toont', description: 'Als fase/naam, zoals baby/koorts.' }),
	/** While the town has no café places: the help entries (ids in hulp/) that can tell parents where and when the café is. */
	cafeAsk: z.array(z.string().meta({ title: 'Hulp-id' })).optional().meta({ title: 'Waar vragen ouders naar het café?', description: 'Zolang er geen café-plekken zijn: de hulp (bestandsnamen in hulp/) die weet waar en wanneer het café is.' }),
	/** The colour of the phone's title bar and of the installed app's icon, as #rrggbb. Default: Sjpruut's plum. */
	themeColor: colour.default('#7a2e5c').meta({ title: 'Themakleur', description: 'Zoals #7a2e5c.' }),
	/** The background of the installed app's start screen and icons, as #rrggbb. Default: Sjpruut's paper. */
	backgroundColor: colour.default('#fffaf4').meta({ title: 'Achtergrondkleur', description: 'Zoals #fffaf4.' }),
	/** The town's own help shown on national topic pages: page id → help categories or ids of files in hulp/. */
	relatedHelp: z
		.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'a page id like "baby/borstvoeding"' }), z.array(z.string()).min(1))
		.default({})
		.meta({ title: 'Eigen hulp op landelijke pagina’s' }),
});

export type SiteConfig = z.output<typeof siteSchema>;
export type UrgentLine = SiteConfig['urgent'][number];

/** The town's own folder (the local layer): `content/heerlen/`, or another town's folder named by SJPRUUT_CONTENT. */
export function contentDir(): string {
	return resolve(process.env.SJPRUUT_CONTENT ?? join('content', 'heerlen'));
}

/** The national layer every town shares: `content/nationaal/`, or the folder named by SJPRUUT_NATIONAL. */
export function nationalDir(): string {
	return resolve(process.env.SJPRUUT_NATIONAL ?? join('content', 'nationaal'));
}

/** Parses the text of site.yaml; `file` is the name used in error messages. */
export function parseSiteConfig(text: string, file: string): SiteConfig {
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (error) {
		throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
	}
	const config = parseContent(siteSchema, data, file);
	const ids = config.urgent.map((line) => line.id);
	const twice = ids.find((id, i) => ids.indexOf(id) !== i);
	if (twice) throw new ContentError(file, [`urgent: the id "${twice}" is used twice`]);
	return config;
}

let cached: { dir: string; config: SiteConfig } | undefined;

/** The site's identity, read once per build from `<content>/site.yaml`. */
export function loadSiteConfig(dir = contentDir()): SiteConfig {
	if (cached?.dir !== dir) {
		const path = join(dir, 'site.yaml');
		cached = { dir, config: parseSiteConfig(readFileSync(path, 'utf8'), relative(process.cwd(), path)) };
	}
	return cached.config;
}
