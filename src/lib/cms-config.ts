// The editors' CMS (Sveltia CMS at /admin/ and /admin/nationaal/) is configured from the zod schemas, so each kind of
// content is described once. `npm run cms:config` writes the result; a unit test fails when the files drift.
import { z } from 'astro/zod';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { glossaryEntry, milestone, phaseIntros, sitePage, topicPage, weekPage } from '../schemas/content.ts';
import { cafeLocation, cafeTheme } from '../schemas/cafe.ts';
import { helpService } from '../schemas/hulp.ts';
import { DEFAULT_LOCALE, LOCALES } from './locales.ts';
import { PHASES } from './phases.ts';
import { siteSchema } from './site-config.ts';

/** The part of a JSON Schema that zod writes and the CMS needs. */
interface JsonNode {
	type?: string;
	title?: string;
	description?: string;
	format?: string;
	enum?: string[];
	options?: Record<string, string>;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	maxItems?: number;
	default?: unknown;
	items?: JsonNode;
	properties?: Record<string, JsonNode>;
	required?: string[];
	additionalProperties?: unknown;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/**
 * The JSON Schema of what an editor writes (`io: 'input'`). Dates come out empty, so they get `format: 'date'`;
 * refinements (phone numbers, RRULEs, opening hours) are not carried over: the build checks those.
 */
export function inputSchema(schema: z.ZodType): JsonNode {
	return z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: (ctx) => {
			if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') ctx.jsonSchema.format = 'date';
		},
	}) as JsonNode;
}

/** Why a value does not fit, in Dutch, for the fields the CMS checks with a pattern. */
const PATTERN_HINT = 'Dit heeft niet de vorm die hier hoort; zie de uitleg onder het veld.';

/** One CMS field for one property of a schema. Optional fields say so, so the CMS leaves them out when empty. */
export function cmsField(name: string, node: JsonNode, required: boolean): CmsField {
	const common: Record<string, unknown> = { name, label: node.title ?? name };
	if (node.description) common.hint = node.description;
	if (!required) common.required = false;
	if (node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0) && typeof node.default !== 'object') common.default = node.default;
	const field = (widget: string, more: Record<string, unknown> = {}) => ({ ...common, widget, ...more }) as CmsField;

	if (node.format === 'date') return field('datetime', { type: 'date', format: 'YYYY-MM-DD' });
	if (node.enum) return field('select', { options: selectOptions(node) });
	switch (node.type) {
		case 'boolean':
			return field('boolean');
		case 'number':
		case 'integer':
			return field('number', { value_type: node.type === 'integer' ? 'int' : 'float', ...bounds(node.minimum, node.maximum) });
		case 'string':
			return field('string', {
				...(node.maxLength !== undefined ? { maxlength: node.maxLength } : {}),
				...(node.pattern ? { pattern: [node.pattern, PATTERN_HINT] } : {}),
			});
		case 'array': {
			const items = node.items ?? {};
			const count = bounds(node.minItems, node.maxItems);
			if (items.enum) return field('select', { multiple: true, options: selectOptions(items), ...count });
			if (items.type === 'object' && items.properties) return field('list', { ...count, fields: cmsFields(items), ...(items.title ? { label_singular: items.title } : {}) });
			return field('list', { ...count, field: cmsField('item', items, true) });
		}
		case 'object':
			// A map with free keys (site.yaml relatedHelp) has no form in the CMS: it is kept as it is and edited in a pull request.
			if (!node.properties) return { name, label: common.label, widget: 'hidden' } as CmsField;
			return field('object', { fields: cmsFields(node) });
		default:
			return field('string');
	}
}

/** The fields of an object schema, in the schema's order. */
export function cmsFields(node: JsonNode): CmsField[] {
	return Object.entries(node.properties ?? {}).map(([name, child]) => cmsField(name, child, node.required?.includes(name) ?? false));
}

function selectOptions(node: JsonNode): (string | { label: string; value: string })[] {
	return (node.enum ?? []).map((value) => (node.options?.[value] ? { label: node.options[value], value } : value));
}

function bounds(min: number | undefined, max: number | undefined): Record<string, number> {
	return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** The MDX body of a page, with the parts an editor may insert as blocks instead of typing tags. */
function bodyField(components: string[], hint: string): CmsField {
	return { name: 'body', label: 'Tekst', widget: 'markdown', hint, buttons: ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list'], editor_components: components };
}

/** Fields that are the same in every language: the CMS copies them from the Dutch page into each translation. */
const SAME_IN_EVERY_LANGUAGE = new Set(['phase', 'weekFrom', 'weekTo', 'monthFrom', 'monthTo', 'topics', 'override', 'relatedHelp', 'week']);

/** Fields of a page that exists per language: translated fields per language, shared ones copied from Dutch. */
function translatedFields(fields: CmsField[]): CmsField[] {
	return fields.map((field) => ({ ...field, i18n: SAME_IN_EVERY_LANGUAGE.has(field.name) ? 'duplicate' : true }));
}

/** The phases as the editors know them. */
const PHASE_LABELS: Record<(typeof PHASES)[number], string> = {
	'zwanger-worden': 'Zwanger worden',
	zwanger: 'Zwanger',
	bevalling: 'Bevalling en de eerste weken',
	baby: 'Baby (0 tot 1 jaar)',
	dreumes: 'Dreumes (1 tot 2 jaar)',
	peuter: 'Peuter (2 tot 4 jaar)',
};

/** A new page starts in Dutch only; a translator switches a language on when the translation is ready. */
const I18N = { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE, initial_locales: 'default' } as const;

/** Settings both rooms share: GitHub with pull requests, Dutch UI texts, no empty optional fields written. */
function base(repo: string, title: string): Record<string, unknown> {
	return {
		backend: { name: 'github', repo, branch: 'main' },
		publish_mode: 'editorial_workflow',
		app_title: title,
		logo: { src: '/favicon.svg' },
		media_folder: 'public/media',
		show_preview_links: false,
		output: { omit_empty_optional_fields: true },
		i18n: I18N,
		slug: { encoding: 'ascii', clean_accents: true },
	};
}

const TOPIC_HINT = 'Kies bij Invoegen de delen "Wat is het?" en "Wat kun je zelf doen?". Leg een moeilijk woord uit met "Begrip".';
const WEEK_HINT = 'Kies bij Invoegen de delen "Je baby", "Jouw lijf" en "Deze week". Leg een moeilijk woord uit met "Begrip".';

/** The repository the CMS saves to; a town sets its own in `npm run cms:config -- owner/repo`. */
export const DEFAULT_REPO = 'OWNER/REPOSITORY';

/**
 * /admin/: the town's local layer. `localDir` is the town's folder as a path from the repository root
 * ("content/heerlen").
 */
export function localRoomConfig(localDir: string, repo = DEFAULT_REPO): Record<string, unknown> {
	const mdx = { extension: 'mdx', format: 'frontmatter' };
	return {
		...base(repo, 'Inhoud van de gemeente'),
		collections: [
			{
				name: 'instellingen',
				label: 'Instellingen van de site',
				files: [{ name: 'site', label: 'Naam, contact en direct hulp (site.yaml)', file: `${localDir}/site.yaml`, fields: cmsFields(inputSchema(siteSchema)) }],
			},
			{
				name: 'hulp',
				label: 'Hulp in de buurt',
				label_singular: 'Hulp',
				description: 'Eén dienst per bestand. Noem alleen feiten die een bron noemt.',
				folder: `${localDir}/hulp`,
				extension: 'yaml',
				format: 'yaml',
				create: true,
				identifier_field: 'name',
				summary: '{{name}} (nagekeken {{lastReviewed}})',
				fields: cmsFields(inputSchema(helpService)),
			},
			{
				name: 'cafe-locaties',
				label: 'Café: plekken',
				label_singular: 'Plek',
				description: 'Een plek waar het café is, met de data die zich herhalen.',
				folder: `${localDir}/cafe/locaties`,
				extension: 'yaml',
				format: 'yaml',
				create: true,
				identifier_field: 'name',
				fields: cmsFields(inputSchema(cafeLocation)),
			},
			{
				name: 'cafe-thema',
				label: 'Café: thema-ochtenden',
				label_singular: 'Thema-ochtend',
				description: 'Een café met een thema, op één datum van een plek.',
				folder: `${localDir}/cafe/thema`,
				...mdx,
				create: true,
				fields: [...cmsFields(inputSchema(cafeTheme)), { ...bodyField([], 'Gewone tekst, zonder onderdelen.'), editor_components: [] }],
			},
			{
				name: 'paginas',
				label: 'Pagina’s van de site',
				label_singular: 'Pagina',
				description: 'Over de site, privacy en toegankelijkheid.',
				folder: `${localDir}/paginas`,
				...mdx,
				create: true,
				i18n: true,
				fields: translatedFields([...cmsFields(inputSchema(sitePage)), bodyField(['begrip'], 'Leg een moeilijk woord uit met "Begrip".')]),
			},
			{
				name: 'eigen-onderwerpen',
				label: 'Eigen onderwerpen',
				label_singular: 'Onderwerp',
				description: 'Pagina’s van de gemeente zelf. Met dezelfde fase en naam als een landelijke pagina vervangt hij die (kies "Vervangt de landelijke pagina").',
				folder: `${localDir}/fasen`,
				path: '{{phase}}/{{slug}}',
				...mdx,
				create: true,
				i18n: true,
				fields: translatedFields([...cmsFields(inputSchema(topicPage)), bodyField(['watIsHet', 'watKunJeDoen', 'begrip'], TOPIC_HINT)]),
			},
		],
	};
}

/** /admin/nationaal/: the national layer, edited through the project's own review. */
export function nationalRoomConfig(nationalDir: string, glossaryTerms: Record<string, string>, repo = DEFAULT_REPO): Record<string, unknown> {
	const mdx = { extension: 'mdx', format: 'frontmatter' };
	const intros = inputSchema(phaseIntros);
	const introFields = (intros.additionalProperties ?? intros.properties?.[PHASES[0]]) as JsonNode;
	const glossaryFields = cmsFields(inputSchema(glossaryEntry));
	return {
		...base(repo, 'Landelijke inhoud'),
		collections: [
			{
				name: 'onderwerpen',
				label: 'Onderwerpen',
				label_singular: 'Onderwerp',
				description: 'Landelijke pagina’s per fase. Medische tekst gaat door de review van het project.',
				folder: `${nationalDir}/fasen`,
				path: '{{phase}}/{{slug}}',
				...mdx,
				create: true,
				i18n: true,
				fields: translatedFields([...cmsFields(inputSchema(topicPage)).filter((f) => f.name !== 'override'), bodyField(['watIsHet', 'watKunJeDoen', 'begrip'], TOPIC_HINT)]),
			},
			{
				name: 'weken',
				label: 'Week voor week',
				label_singular: 'Week',
				folder: `${nationalDir}/weken`,
				slug: '{{week}}',
				...mdx,
				create: true,
				i18n: true,
				fields: translatedFields([...cmsFields(inputSchema(weekPage)), bodyField(['jeBaby', 'jouwLijf', 'dezeWeek', 'begrip'], WEEK_HINT)]),
			},
			{
				name: 'fasen',
				label: 'Inleiding per fase',
				i18n: true,
				files: [
					{
						name: 'fasen',
						label: 'Titel, inleiding en dringende tekens per fase',
						file: `${nationalDir}/fasen/{{locale}}/fasen.yaml`,
						i18n: true,
						fields: PHASES.map((phase) => ({ ...cmsField(phase, { ...introFields, title: PHASE_LABELS[phase] }, false), i18n: true })),
					},
				],
			},
			{
				name: 'begrippen',
				label: 'Begrippen',
				i18n: true,
				files: [
					{
						name: 'begrippen',
						label: 'Moeilijke woorden, elk in één zin uitgelegd',
						file: `${nationalDir}/begrippen/{{locale}}.yaml`,
						i18n: true,
						fields: Object.entries(glossaryTerms).map(([term, word]) => ({ name: term, label: `Woord: ${word}`, widget: 'object', required: false, i18n: true, fields: glossaryFields.map((f) => ({ ...f, i18n: true })) })),
					},
				],
			},
			{
				name: 'mijlpalen',
				label: 'Mijlpalen (Mijn fase)',
				files: [
					{
						name: 'mijlpalen',
						label: 'Mijlpalen van zwangerschap tot 4 jaar',
						file: `${nationalDir}/mijlpalen.yaml`,
						fields: [{ name: 'mijlpalen', label: 'Mijlpalen', label_singular: 'Mijlpaal', widget: 'list', root: true, summary: '{{id}}', fields: cmsFields(inputSchema(milestone)) }],
					},
				],
			},
		],
	};
}

const GENERATED = '# Made by `npm run cms:config` from the zod schemas (src/schemas/, src/lib/site-config.ts). Do not edit by hand.\n';

/**
 * Both rooms' configuration files as YAML. `localDir` and `nationalDir` are paths from the repository root; the
 * glossary's terms come from the Dutch glossary (term id → word), so each word gets its own form.
 */
export function cmsConfigTexts(localDir: string, nationalDir: string, dutchGlossaryYaml: string, repo = DEFAULT_REPO): { local: string; national: string } {
	const glossary = (parseYaml(dutchGlossaryYaml) ?? {}) as Record<string, { word?: string }>;
	const terms = Object.fromEntries(Object.entries(glossary).map(([term, entry]) => [term, entry.word ?? term]));
	const yaml = (config: Record<string, unknown>) => GENERATED + stringifyYaml(config, { lineWidth: 0 });
	return { local: yaml(localRoomConfig(localDir, repo)), national: yaml(nationalRoomConfig(nationalDir, terms, repo)) };
}
