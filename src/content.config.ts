import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, file, type Loader, type LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { crossFileProblems, relatedHelpProblems, topicShapeProblems, weekFileProblems, whenToCallProblems, yamlFileId, type ContentFile } from './lib/content-checks.ts';
import { linksToHiddenPages, planTopicLayers, type TopicFileRef } from './lib/content-layers.ts';
import { glossaryFile, milestone, phaseIntros, sitePage, topicPage, weekPage } from './schemas/content.ts';
import { HELP_CATEGORIES, helpService } from './schemas/hulp.ts';
import { cafeLocation, cafeTheme } from './schemas/cafe.ts';
import { locationProblems, themeProblems, type CafeSeries, type LocationFile } from './lib/cafe.ts';
import { contentDir, loadSiteConfig, nationalDir } from './lib/site-config.ts';
import { mdxSafetyProblems, type MdxKind } from './lib/mdx-safety.ts';
import { fileShapeProblem, layoutProblems } from './lib/content-layout.ts';

/** The town's own folder (local layer) and the folder every town shares (national layer). */
const CONTENT = contentDir();
const NATIONAL = nationalDir();
const contentPath = (...parts: string[]) => pathToFileURL(join(CONTENT, ...parts, '/')).href;
const nationalPath = (...parts: string[]) => pathToFileURL(join(NATIONAL, ...parts, '/')).href;
const shown = (path: string) => relative(process.cwd(), path);

/**
 * The glossary terms of each language, read straight from their files so the check needs no load order. Made once
 * per load, so each file is read once however many pages use it.
 */
function glossaries(): (locale: string) => ReadonlySet<string> | undefined {
	const terms = new Map<string, ReadonlySet<string> | undefined>();
	return (locale) => {
		if (!terms.has(locale)) {
			const path = join(NATIONAL, 'begrippen', `${locale}.yaml`);
			terms.set(locale, existsSync(path) ? new Set(Object.keys(parseYaml(readFileSync(path, 'utf8')) ?? {})) : undefined);
		}
		return terms.get(locale);
	};
}

/** The ids of the help services, from their file names, so topics can be checked against them in any load order. */
function helpServiceIds(): ReadonlySet<string> {
	const dir = join(CONTENT, 'hulp');
	return new Set(existsSync(dir) ? readdirSync(dir).flatMap((f) => yamlFileId(f) ?? []) : []);
}

/**
 * The rules for one topic page on its own: its shape, and help it points to that exists. A national page names help
 * categories only, as every town has its own services; a town's page may also name its services. Made once per load.
 */
function topicPageChecks(): (file: ContentFile) => string[] {
	const serviceIds = helpServiceIds();
	const national = shown(NATIONAL);
	return (file) => {
		const isNational = file.file.startsWith(`${national}/`);
		const overrideProblem = isNational && file.data.override !== undefined ? [`${file.file}: override: only a town's own page can replace a national page`] : [];
		const helpProblems = isNational
			? relatedHelpProblems(file, HELP_CATEGORIES, new Set()).map((p) => `${p.replace(/ is neither.*$/, ' is not a help category')}: a national page names categories only; a town adds its own services in site.yaml (relatedHelp)`)
			: relatedHelpProblems(file, HELP_CATEGORIES, serviceIds);
		const callLines = file.id.startsWith('nl/') ? whenToCallProblems(file) : [];
		return [...overrideProblem, ...topicShapeProblems(file), ...helpProblems, ...callLines];
	};
}

/** The entries of a collection's store as the content checks see them, each with the file it came from. */
function storedFiles(store: LoaderContext['store']): ContentFile[] {
	return [...store.entries()].map(([id, entry]) => ({ id, file: entry.filePath ?? id, data: entry.data, body: entry.body }));
}

/** The rules that span the files of one collection: languages and originals, glossary words, phase folders. */
function crossChecks(files: ContentFile[], fileChecks: (file: ContentFile) => string[] = () => []): string[] {
	const phaseMismatch = files.filter((f) => 'phase' in f.data && f.id.split('/')[1] !== f.data.phase);
	return [
		...phaseMismatch.map((f) => `${f.file}: phase: "${String(f.data.phase)}" does not match the folder "${f.id.split('/')[1]}"`),
		...crossFileProblems(files, glossaries()),
		...files.flatMap(fileChecks),
	];
}

function failOn(problems: string[]): void {
	if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

let foldersChecked = false;

/**
 * Before any collection loads: both layers hold only files the build reads, under names that can be web addresses,
 * and no file is empty or has broken frontmatter. Each loader calls this first, so whichever runs first reports it.
 */
function failOnUnexpectedFiles(): void {
	if (foldersChecked) return;
	const problems = (['national', 'local'] as const).flatMap((layer) => {
		const dir = layer === 'national' ? NATIONAL : CONTENT;
		const files = filesUnder(dir);
		const shapes = files.flatMap((path) => fileShapeProblem(shown(join(dir, path)), readFileSync(join(dir, path), 'utf8')) ?? []);
		return [...layoutProblems(layer, files, (path) => shown(join(dir, path))), ...shapes];
	});
	failOn(problems);
	foldersChecked = true;
}

/**
 * Content is data, never code: every MDX file under `dir` is parsed and checked before anything renders it, so an
 * import, an expression, raw HTML or an unknown component stops the build naming the file and line.
 */
function failOnUnsafeMdx(dir: string, pattern: string | string[], kind: MdxKind): void {
	if (!existsSync(dir)) return;
	const files = globSync(pattern, { cwd: dir }).filter((path) => path.endsWith('.mdx'));
	failOn(files.flatMap((path) => mdxSafetyProblems(readFileSync(join(dir, path), 'utf8'), shown(join(dir, path)), kind)));
}

/** A glob loader that, after loading, applies the rules that span files and fails naming every wrong file. */
function globWithCrossChecks(dir: string, pattern: string, kind: MdxKind, more: (files: ContentFile[]) => string[] = () => []): Loader {
	const inner = glob({ base: pathToFileURL(join(dir, '/')).href, pattern });
	return {
		name: `${inner.name}-checked`,
		load: async (context) => {
			failOnUnexpectedFiles();
			failOnUnsafeMdx(dir, pattern, kind);
			await inner.load(context);
			const files = storedFiles(context.store);
			failOn([...crossChecks(files), ...more(files)]);
		},
	};
}

/**
 * The store as one layer's glob loader should see it: only the entries that came from that layer's folder. The glob
 * loader removes entries it did not load this time, and must not remove the other layer's.
 */
function layerStore(store: LoaderContext['store'], dir: string): LoaderContext['store'] {
	const prefix = `${shown(dir)}/`;
	const ownKeys = () => [...store.entries()].filter(([, entry]) => entry.filePath?.startsWith(prefix)).map(([id]) => id);
	return new Proxy(store, {
		get(target, prop) {
			if (prop === 'keys') return ownKeys;
			const value = Reflect.get(target, prop, target) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}

/** The topic files of one layer, as the layer rules see them. */
function topicFileRefs(dir: string): TopicFileRef[] {
	const base = join(dir, 'fasen');
	if (!existsSync(base)) return [];
	return globSync('*/*/[^_]*.mdx', { cwd: base }).map((path) => {
		const [locale = '', phase = '', name = ''] = path.split('/');
		const text = readFileSync(join(base, path), 'utf8');
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
		let override = false;
		try {
			override = (parseYaml(frontmatter ?? '') as { override?: unknown } | null)?.override === true;
		} catch {
			// The schema reports broken frontmatter, naming the file.
		}
		return { file: shown(join(base, path)), locale, slug: `${phase}/${name.replace(/\.mdx$/, '')}`, override };
	});
}

/**
 * Topic pages from both layers: every national page, less the ones the town hides (site.yaml `hide`) or replaces
 * with its own (`override: true`), plus the town's own pages. Fails naming the file on any choice that cannot work.
 */
function layeredTopics(): Loader {
	return {
		name: 'topics-national-and-local',
		load: async (context) => {
			failOnUnexpectedFiles();
			const site = loadSiteConfig();
			const siteFile = shown(join(CONTENT, 'site.yaml'));
			const national = topicFileRefs(NATIONAL);
			const plan = planTopicLayers(national, topicFileRefs(CONTENT), site.hide, siteFile);
			failOn(plan.problems);
			failOnUnsafeMdx(join(NATIONAL, 'fasen'), '*/*/[^_]*.mdx', 'topic');
			failOnUnsafeMdx(join(CONTENT, 'fasen'), '*/*/[^_]*.mdx', 'topic');
			const leftOut = [...plan.nationalLeftOut].map((id) => `!*/${id}.mdx`);
			await glob({ base: nationalPath('fasen'), pattern: ['*/*/[^_]*.mdx', ...leftOut] }).load({ ...context, store: layerStore(context.store, NATIONAL) });
			const localStore = layerStore(context.store, CONTENT);
			if (existsSync(join(CONTENT, 'fasen'))) await glob({ base: contentPath('fasen'), pattern: '*/*/[^_]*.mdx' }).load({ ...context, store: localStore });
			else for (const id of localStore.keys()) localStore.delete(id);
			const files = storedFiles(context.store);
			const hidden = new Map(site.hide.map((id) => [id, national.find((f) => f.slug === id && f.locale === 'nl')?.file ?? id]));
			const topicIds = new Set(files.map((f) => f.id.split('/').slice(1).join('/')));
			const serviceIds = helpServiceIds();
			const localHelp = Object.entries(site.relatedHelp).flatMap(([page, values]) => [
				...(topicIds.has(page) ? [] : [`${siteFile}: relatedHelp: "${page}" is not a topic page of this town`]),
				...relatedHelpProblems({ id: page, file: siteFile, data: { relatedHelp: values } }, HELP_CATEGORIES, serviceIds).map((p) => p.replace(': relatedHelp:', `: relatedHelp.${page}:`)),
			]);
			const cafeAsk = (site.cafeAsk ?? []).flatMap((id, i) => (serviceIds.has(id) ? [] : [`${siteFile}: cafeAsk.${i}: "${id}" is not a file in hulp/`]));
			failOn([...cafeAsk, ...crossChecks(files, topicPageChecks()), ...linksToHiddenPages(files.map((f) => ({ file: f.file, body: f.body ?? '' })), hidden, siteFile), ...localHelp]);
		},
	};
}

/**
 * A folder of `<id>.yaml` files (or .yml), one entry each. The id is the file name in lower case, so two files that
 * differ only in case or extension would silently replace each other: that fails the build, naming both. `check`
 * gets the loaded entries and returns the problems that span files.
 */
function yamlFolder(folder: string, check: (entries: { id: string; file: string; data: Record<string, unknown> }[]) => string[] = () => []): Loader {
	const fileOfId = new Map<string, string>();
	const pathOf = (entry: string) => relative(process.cwd(), join(CONTENT, folder, entry));
	const inner = glob({
		base: contentPath(folder),
		pattern: '*.{yaml,yml}',
		generateId: ({ entry }) => {
			const id = yamlFileId(entry) ?? entry;
			const other = fileOfId.get(id);
			if (other && other !== entry && existsSync(join(CONTENT, folder, other))) throw new Error(`${pathOf(entry)}: id: "${id}" is already used by ${pathOf(other)}; give one of them another file name`);
			fileOfId.set(id, entry);
			return id;
		},
	});
	return {
		name: `${inner.name}-${folder}`,
		load: async (context) => {
			failOnUnexpectedFiles();
			await inner.load(context);
			const entries = [...context.store.entries()].map(([id, entry]) => ({ id, file: pathOf(fileOfId.get(id) ?? `${id}.yaml`), data: entry.data }));
			const problems = check(entries);
			if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
		},
	};
}

/**
 * The café locations as the cross-file rules need them, read straight from their files so load order does not
 * matter. Files that do not pass the schema are listed apart: their own collection reports them, with the field.
 */
function cafeLocationFiles(): { valid: LocationFile[]; invalidIds: Set<string> } {
	const dir = join(CONTENT, 'cafe', 'locaties');
	const valid: LocationFile[] = [];
	const invalidIds = new Set<string>();
	for (const f of existsSync(dir) ? readdirSync(dir) : []) {
		const id = yamlFileId(f);
		if (!id) continue;
		const parsed = cafeLocation.safeParse(parseYaml(readFileSync(join(dir, f), 'utf8')));
		if (parsed.success) valid.push({ id, file: relative(process.cwd(), join(dir, f)), series: parsed.data });
		else invalidIds.add(id);
	}
	return { valid, invalidIds };
}

/** The themed sessions: MDX files whose location and date must fit a location's series. */
function cafeThemes(): Loader {
	const inner = glob({ base: contentPath('cafe', 'thema'), pattern: '[^_]*.mdx' });
	return {
		name: `${inner.name}-cafe-thema`,
		load: async (context) => {
			failOnUnexpectedFiles();
			failOnUnsafeMdx(join(CONTENT, 'cafe', 'thema'), '[^_]*.mdx', 'cafeTheme');
			await inner.load(context);
			const themes = [...context.store.entries()].map(([id, entry]) => ({
				slug: id,
				file: relative(process.cwd(), join(CONTENT, 'cafe', 'thema', `${id}.mdx`)),
				location: String(entry.data.location),
				date: String(entry.data.date),
			}));
			const { valid, invalidIds } = cafeLocationFiles();
			const problems = themeProblems(valid, themes.filter((theme) => !invalidIds.has(theme.location)));
			if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
		},
	};
}

export const collections = {
	fasen: defineCollection({ loader: layeredTopics(), schema: topicPage }),
	weken: defineCollection({ loader: globWithCrossChecks(join(NATIONAL, 'weken'), '*/[^_]*.mdx', 'week', weekFileProblems), schema: weekPage }),
	fasenIntro: defineCollection({
		loader: glob({ base: nationalPath('fasen'), pattern: '*/fasen.yaml', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
		schema: phaseIntros,
	}),
	paginas: defineCollection({ loader: globWithCrossChecks(join(CONTENT, 'paginas'), '*/[^_]*.mdx', 'sitePage'), schema: sitePage }),
	begrippen: defineCollection({ loader: glob({ base: nationalPath('begrippen'), pattern: '*.yaml' }), schema: glossaryFile }),
	mijlpalen: defineCollection({ loader: file(join(NATIONAL, 'mijlpalen.yaml')), schema: milestone }),
	hulp: defineCollection({ loader: yamlFolder('hulp'), schema: helpService }),
	cafeLocaties: defineCollection({
		loader: yamlFolder(join('cafe', 'locaties'), (entries) => locationProblems(entries.map(({ id, file, data }) => ({ id, file, series: data as unknown as CafeSeries })))),
		schema: cafeLocation,
	}),
	cafeThema: defineCollection({ loader: cafeThemes(), schema: cafeTheme }),
};
