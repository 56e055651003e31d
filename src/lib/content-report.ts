// What `npm run report:content` tells an editor: per Dutch page its readability, review age, sources, layer and the
// state of each translation; per kind of content the share that exists in each language; and what is out of date.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { meetsReadabilityGate, readabilityOf, readableProse } from './readability.ts';
import { translationState } from './translations.ts';

const OTHER_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
const frontmatter = (text: string) => (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
const readYaml = (path: string) => (existsSync(path) ? ((parseYaml(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>) : undefined);

/** Where a page comes from in this town's build. */
export type Layer = 'national' | 'local' | 'local override' | 'hidden';

export interface PageRow {
	kind: 'topic' | 'week' | 'site page';
	page: string;
	layer: Layer;
	wordsPerSentence: number;
	fleschDouma: number;
	gate: 'ok' | 'FAIL';
	reviewedDaysAgo: number | 'never';
	sources: number;
	/** Per language: "current", "outdated", "missing", with "(reviewed)" when a person checked it. */
	translations: Record<string, string>;
}

export interface ContentReport {
	pages: PageRow[];
	/** Per kind of content, per language: how many of the Dutch items exist in that language. */
	coverage: Record<string, Record<string, { have: number; of: number }>>;
	outdated: string[];
	/** Help entries whose description lacks a language the site has UI strings for: the page shows the Dutch text. */
	helpWithoutLanguage: { file: string; missing: string[] }[];
}

interface Folders {
	national: string;
	local: string;
	/** National page ids this town hides (site.yaml `hide`). */
	hidden: readonly string[];
	today: Date;
}

function pageRow(kind: PageRow['kind'], dir: string, file: string, layer: Layer, today: Date): { row: PageRow; outdated: string[] } {
	const text = readFileSync(join(dir, file), 'utf8');
	const data = frontmatter(text);
	const r = readabilityOf(readableProse(text));
	const age = Math.floor((today.getTime() - new Date(String(data.lastReviewed)).getTime()) / 86_400_000);
	const outdated: string[] = [];
	const translations = Object.fromEntries(
		OTHER_LOCALES.map((locale) => {
			const path = join(dir, file.replace(`/${DEFAULT_LOCALE}/`, `/${locale}/`));
			if (!existsSync(path)) return [locale, 'missing'];
			const translated = frontmatter(readFileSync(path, 'utf8'));
			const state = translationState(translated.translatedFrom as string | undefined, text);
			if (state === 'outdated') outdated.push(relative(process.cwd(), path));
			return [locale, `${state}${translated.translation === 'reviewed' ? ' (reviewed)' : ''}`];
		}),
	);
	const page = file.replace(/^(fasen|paginas|weken)\/nl\//, '').replace(/\.mdx$/, '');
	const row: PageRow = {
		kind,
		page: kind === 'week' ? `week ${page}` : page,
		layer,
		wordsPerSentence: r.wordsPerSentence,
		fleschDouma: r.fleschDouma,
		gate: meetsReadabilityGate(r) ? 'ok' : 'FAIL',
		reviewedDaysAgo: Number.isNaN(age) ? 'never' : age,
		sources: Array.isArray(data.sources) ? data.sources.length : 0,
		translations,
	};
	return { row, outdated };
}

/** How many of the Dutch keys of a per-language YAML file exist in each other language. */
function keyCoverage(pathOf: (locale: Locale) => string, keysOf: (data: Record<string, unknown>) => string[]): Record<string, { have: number; of: number }> {
	const dutch = keysOf(readYaml(pathOf(DEFAULT_LOCALE)) ?? {});
	return Object.fromEntries(
		OTHER_LOCALES.map((locale) => {
			const own = new Set(keysOf(readYaml(pathOf(locale)) ?? {}));
			return [locale, { have: dutch.filter((k) => own.has(k)).length, of: dutch.length }];
		}),
	);
}

/** How many items carry a text in each language, for files that hold all languages side by side. */
function inlineCoverage(items: Record<string, unknown>[]): Record<string, { have: number; of: number }> {
	return Object.fromEntries(OTHER_LOCALES.map((locale) => [locale, { have: items.filter((t) => typeof t?.[locale] === 'string' && String(t[locale]).trim()).length, of: items.length }]));
}

export function contentReport({ national, local, hidden, today }: Folders): ContentReport {
	const localIds = new Set(globSync('fasen/nl/*/*.mdx', { cwd: local }).map((f) => f.replace(/^fasen\/nl\//, '').replace(/\.mdx$/, '')));
	const results = [
		...globSync('fasen/nl/*/*.mdx', { cwd: national })
			.sort()
			.map((f) => {
				const id = f.replace(/^fasen\/nl\//, '').replace(/\.mdx$/, '');
				return localIds.has(id) ? undefined : pageRow('topic', national, f, hidden.includes(id) ? 'hidden' : 'national', today);
			})
			.filter((r) => r !== undefined),
		...globSync('fasen/nl/*/*.mdx', { cwd: local })
			.sort()
			.map((f) => pageRow('topic', local, f, existsSync(join(national, f)) ? 'local override' : 'local', today)),
		...globSync('weken/nl/*.mdx', { cwd: national })
			.sort((a, b) => parseInt(a.replace(/\D/g, ''), 10) - parseInt(b.replace(/\D/g, ''), 10))
			.map((f) => pageRow('week', national, f, 'national', today)),
		...globSync('paginas/nl/*.mdx', { cwd: local })
			.sort()
			.map((f) => pageRow('site page', local, f, 'local', today)),
	];
	const pages = results.map((r) => r.row);
	const share = (kind: PageRow['kind']) =>
		Object.fromEntries(OTHER_LOCALES.map((l) => [l, { have: pages.filter((p) => p.kind === kind && p.layer !== 'hidden' && p.translations[l] !== 'missing').length, of: pages.filter((p) => p.kind === kind && p.layer !== 'hidden').length }]));
	const helpFiles = globSync('hulp/*.{yaml,yml}', { cwd: local }).map((f) => readYaml(join(local, f)) ?? {});
	const milestones = (parseYaml(existsSync(join(national, 'mijlpalen.yaml')) ? readFileSync(join(national, 'mijlpalen.yaml'), 'utf8') : '[]') ?? []) as Record<string, unknown>[];
	const coverage = {
		'topic pages': share('topic'),
		'week pages': share('week'),
		'phase intros': keyCoverage((l) => join(national, 'fasen', l, 'fasen.yaml'), (d) => Object.entries(d).flatMap(([phase, v]) => [phase, ...(Array.isArray((v as { urgent?: unknown })?.urgent) ? [`${phase}.urgent`] : [])])),
		glossary: keyCoverage((l) => join(national, 'begrippen', `${l}.yaml`), (d) => Object.keys(d)),
		milestones: inlineCoverage(milestones.map((m) => (m.title ?? {}) as Record<string, unknown>)),
		'site pages': share('site page'),
		'help descriptions': inlineCoverage(helpFiles.map((h) => (h.description ?? {}) as Record<string, unknown>)),
	};
	const helpWithoutLanguage = globSync('hulp/*.{yaml,yml}', { cwd: local })
		.sort()
		.map((f) => {
			const description = ((readYaml(join(local, f)) ?? {}).description ?? {}) as Record<string, unknown>;
			return { file: relative(process.cwd(), join(local, f)), missing: OTHER_LOCALES.filter((l) => typeof description[l] !== 'string' || !String(description[l]).trim()) };
		})
		.filter((h) => h.missing.length > 0);
	return { pages, coverage, outdated: results.flatMap((r) => r.outdated), helpWithoutLanguage };
}
