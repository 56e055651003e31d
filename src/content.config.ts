import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, file, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { crossFileProblems, relatedHelpProblems, topicShapeProblems, yamlFileId, type ContentFile } from './lib/content-checks.ts';
import { glossaryFile, milestone, phaseIntros, sitePage, topicPage } from './schemas/content.ts';
import { HELP_CATEGORIES, helpService } from './schemas/hulp.ts';
import { cafeLocation, cafeTheme } from './schemas/cafe.ts';
import { locationProblems, themeProblems, type CafeSeries, type LocationFile } from './lib/cafe.ts';
import { contentDir } from './lib/site-config.ts';

const CONTENT = contentDir();
const contentPath = (...parts: string[]) => pathToFileURL(join(CONTENT, ...parts, '/')).href;

/**
 * The glossary terms of each language, read straight from their files so the check needs no load order. Made once
 * per load, so each file is read once however many pages use it.
 */
function glossaries(): (locale: string) => ReadonlySet<string> | undefined {
	const terms = new Map<string, ReadonlySet<string> | undefined>();
	return (locale) => {
		if (!terms.has(locale)) {
			const path = join(CONTENT, 'begrippen', `${locale}.yaml`);
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

/** The rules for one topic page on its own: its shape, and help it points to that exists. Made once per load. */
function topicPageChecks(): (file: ContentFile) => string[] {
	const serviceIds = helpServiceIds();
	return (file) => [...topicShapeProblems(file), ...relatedHelpProblems(file, HELP_CATEGORIES, serviceIds)];
}

/** A glob loader that, after loading, applies the rules that span files and fails naming every wrong file. */
function globWithCrossChecks(base: string, pattern: string, makeFileChecks: () => (file: ContentFile) => string[] = () => () => []): Loader {
	const inner = glob({ base: contentPath(base), pattern });
	return {
		name: `${inner.name}-checked`,
		load: async (context) => {
			await inner.load(context);
			const files: ContentFile[] = [...context.store.entries()].map(([id, entry]) => ({
				id,
				file: relative(process.cwd(), join(CONTENT, base, `${id}.mdx`)),
				data: entry.data,
				body: entry.body,
			}));
			const phaseMismatch = files.filter((f) => 'phase' in f.data && f.id.split('/')[1] !== f.data.phase);
			const problems = [
				...phaseMismatch.map((f) => `${f.file}: phase: "${String(f.data.phase)}" does not match the folder "${f.id.split('/')[1]}"`),
				...crossFileProblems(files, glossaries()),
				...files.flatMap(makeFileChecks()),
			];
			if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
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
	fasen: defineCollection({ loader: globWithCrossChecks('fasen', '*/*/[^_]*.mdx', topicPageChecks), schema: topicPage }),
	fasenIntro: defineCollection({
		loader: glob({ base: contentPath('fasen'), pattern: '*/fasen.yaml', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
		schema: phaseIntros,
	}),
	paginas: defineCollection({ loader: globWithCrossChecks('paginas', '*/[^_]*.mdx'), schema: sitePage }),
	begrippen: defineCollection({ loader: glob({ base: contentPath('begrippen'), pattern: '*.yaml' }), schema: glossaryFile }),
	mijlpalen: defineCollection({ loader: file(join(CONTENT, 'mijlpalen.yaml')), schema: milestone }),
	hulp: defineCollection({ loader: yamlFolder('hulp'), schema: helpService }),
	cafeLocaties: defineCollection({
		loader: yamlFolder(join('cafe', 'locaties'), (entries) => locationProblems(entries.map(({ id, file, data }) => ({ id, file, series: data as unknown as CafeSeries })))),
		schema: cafeLocation,
	}),
	cafeThema: defineCollection({ loader: cafeThemes(), schema: cafeTheme }),
};
