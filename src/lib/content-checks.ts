import { DEFAULT_LOCALE, isLocale } from './locales.ts';

/** One content file as the cross-file checks see it. */
/**
 * The id of a YAML content file: its name in lower case, without .yaml or .yml ("Voedselbank.yml" → "voedselbank").
 * Undefined for any other kind of file.
 */
export function yamlFileId(fileName: string): string | undefined {
	return /\.ya?ml$/.test(fileName) ? fileName.replace(/\.ya?ml$/, '').toLowerCase() : undefined;
}

export interface ContentFile {
	/** Entry id: "<locale>/<rest>", e.g. "en/zwanger/foliumzuur". */
	id: string;
	/** Path shown in messages, e.g. "content/fasen/en/zwanger/foliumzuur.mdx". */
	file: string;
	data: Record<string, unknown>;
	body?: string;
}

/** Every `<Begrip term="...">` in an MDX body, in order. */
export function glossaryTermsIn(body: string): string[] {
	return [...body.matchAll(/<Begrip\s+term=["']([^"']*)["']/g)].map((m) => m[1] ?? '');
}

/**
 * The rules that need more than one file: each file sits under a known language, a translation has a Dutch
 * original and says how it was translated, a Dutch file does not, and every <Begrip> term is in that language's
 * glossary. Returns one message per problem, each naming the file and the field.
 */
export function crossFileProblems(files: ContentFile[], glossary: (locale: string) => ReadonlySet<string> | undefined): string[] {
	const problems: string[] = [];
	const ids = new Set(files.map((f) => f.id));
	for (const { id, file, data, body } of files) {
		const [locale, ...rest] = id.split('/');
		if (!isLocale(locale)) {
			problems.push(`${file}: folder "${locale}" is not a known locale`);
			continue;
		}
		if (locale === DEFAULT_LOCALE) {
			if (data.translation !== undefined) problems.push(`${file}: translation: a Dutch original has no "translation" field`);
		} else {
			if (!ids.has([DEFAULT_LOCALE, ...rest].join('/')))
				problems.push(`${file}: this translation has no Dutch original (expected ${file.replace(`/${locale}/`, `/${DEFAULT_LOCALE}/`)})`);
			if (data.translation === undefined) problems.push(`${file}: translation: say "machine" or "reviewed"`);
			if (data.translatedFrom === undefined)
				problems.push(`${file}: translatedFrom: missing; after translating or checking it against the Dutch text, run npm run translations:stamp -- ${file}`);
		}
		const known = glossary(locale);
		const seen = new Set<string>();
		for (const term of glossaryTermsIn(body ?? '')) {
			if (!known?.has(term)) problems.push(`${file}: <Begrip term="${term}">: "${term}" is not in begrippen/${locale}.yaml`);
			else if (seen.has(term)) problems.push(`${file}: <Begrip term="${term}">: explain a word once per page`);
			seen.add(term);
		}
	}
	return problems;
}

/** The parts every topic page has, in this order: what is it, what can you do. ("When to call" comes from frontmatter.) */
export const TOPIC_PARTS = ['WatIsHet', 'WatKunJeDoen'] as const;

/** Problems with a topic page's shape: a missing part, or the parts in the wrong order. */
export function topicShapeProblems({ file, body }: ContentFile): string[] {
	const positions = TOPIC_PARTS.map((part) => (body ?? '').search(new RegExp(`<${part}>[\\s\\S]*?</${part}>`)));
	const missing = TOPIC_PARTS.filter((_, i) => positions[i] === -1);
	if (missing.length) return missing.map((part) => `${file}: body: add the part <${part}>…</${part}>`);
	return positions[0]! < positions[1]! ? [] : [`${file}: body: <WatIsHet> comes before <WatKunJeDoen>`];
}

/** Problems with a topic's relatedHelp: every value must be a help category or the id of a file in content/hulp. */
export function relatedHelpProblems({ file, data }: ContentFile, categories: readonly string[], serviceIds: ReadonlySet<string>): string[] {
	const related = Array.isArray(data.relatedHelp) ? (data.relatedHelp as unknown[]) : [];
	return related
		.filter((value) => typeof value !== 'string' || (!categories.includes(value) && !serviceIds.has(value)))
		.map((value) => `${file}: relatedHelp: "${String(value)}" is neither a help category nor a file in hulp/`);
}

/** A "when to call" line is read by a frightened parent: one sign and who to call, in at most this many words. */
export const WHEN_TO_CALL_MAX_WORDS = 15;

/** Who a "when to call" line may send a parent to. A line must name at least one. */
export const WHO_TO_CALL = [
	'112',
	'huisarts',
	'huisartsenpost',
	'verloskundige',
	'gynaecoloog',
	'ziekenhuis',
	'consultatiebureau',
	'jeugdarts',
	'jeugdverpleegkundige',
	'kraamverzorgende',
	'Veilig Thuis',
	'113',
	'tandarts',
	'apotheek',
	'Vergiftigingen Informatie Centrum',
] as const;

/** Problems with a Dutch page's "when to call" lines: too long, or not naming who to call. */
export function whenToCallProblems({ file, data }: ContentFile): string[] {
	const lines = Array.isArray(data.whenToCall) ? (data.whenToCall as unknown[]) : [];
	return lines.flatMap((line, i) => {
		if (typeof line !== 'string') return [];
		const words = line.trim().split(/\s+/).length;
		const problems: string[] = [];
		if (words > WHEN_TO_CALL_MAX_WORDS) problems.push(`${file}: whenToCall.${i}: ${words} words; a frightened parent reads at most ${WHEN_TO_CALL_MAX_WORDS}: one sign and who to call`);
		if (!WHO_TO_CALL.some((who) => line.toLowerCase().includes(who.toLowerCase())))
			problems.push(`${file}: whenToCall.${i}: say who to call (${WHO_TO_CALL.slice(0, 5).join(', ')}, ...)`);
		return problems;
	});
}

/** The parts every week page has, in this order: the baby, your body, what to arrange this week. */
export const WEEK_PARTS = ['JeBaby', 'JouwLijf', 'DezeWeek'] as const;

/**
 * Problems with week pages: the file name is the week, each week has one page per language, and the three parts are
 * there in order.
 */
export function weekFileProblems(files: ContentFile[]): string[] {
	const problems: string[] = [];
	const seen = new Map<string, string>();
	// In file order, so the second of two pages for one week is the one named, whatever order they loaded in.
	for (const { id, file, data, body } of [...files].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))) {
		const [locale, name] = id.split('/');
		if (String(data.week) !== name) problems.push(`${file}: week: ${String(data.week)} does not match the file name; name the file ${String(data.week)}.mdx`);
		const key = `${locale}/${String(data.week)}`;
		const other = seen.get(key);
		if (other) problems.push(`${file}: week: week ${String(data.week)} already has a page (${other})`);
		seen.set(key, file);
		const positions = WEEK_PARTS.map((part) => (body ?? '').search(new RegExp(`<${part}>[\\s\\S]*?</${part}>`)));
		WEEK_PARTS.forEach((part, i) => {
			if (positions[i] === -1) problems.push(`${file}: body: add the part <${part}>…</${part}>`);
		});
		if (positions.every((p) => p !== -1) && !positions.every((p, i) => i === 0 || p > positions[i - 1]!))
			problems.push(`${file}: body: the parts come in this order: ${WEEK_PARTS.map((p) => `<${p}>`).join(', ')}`);
	}
	return problems;
}
