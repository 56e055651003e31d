import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, file, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { crossFileProblems, relatedHelpProblems, topicShapeProblems, type ContentFile } from './lib/content-checks.ts';
import { glossaryFile, milestone, phaseIntros, sitePage, topicPage } from './schemas/content.ts';
import { HELP_CATEGORIES, helpService } from './schemas/hulp.ts';
import { contentDir } from './lib/site-config.ts';

const CONTENT = contentDir();
const contentPath = (...parts: string[]) => pathToFileURL(join(CONTENT, ...parts, '/')).href;

/** The glossary terms a language has, read straight from its file so the check needs no load order. */
function glossaryOf(locale: string): ReadonlySet<string> | undefined {
	const path = join(CONTENT, 'begrippen', `${locale}.yaml`);
	return existsSync(path) ? new Set(Object.keys(parseYaml(readFileSync(path, 'utf8')) ?? {})) : undefined;
}

/** The ids of the help services, from their file names, so topics can be checked against them in any load order. */
function helpServiceIds(): ReadonlySet<string> {
	const dir = join(CONTENT, 'hulp');
	return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '').toLowerCase()) : []);
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
				...crossFileProblems(files, glossaryOf),
				...files.flatMap(makeFileChecks()),
			];
			if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
		},
	};
}

/**
 * The help directory's files, `<id>.yaml` (or .yml). The id is the file name in lower case, so two files that
 * differ only in case or extension would silently replace each other: that fails the build, naming both.
 */
function helpLoader(): Loader {
	const fileOfId = new Map<string, string>();
	return glob({
		base: contentPath('hulp'),
		pattern: '*.{yaml,yml}',
		generateId: ({ entry }) => {
			const id = entry.replace(/\.ya?ml$/, '').toLowerCase();
			const other = fileOfId.get(id);
			if (other && other !== entry && existsSync(join(CONTENT, 'hulp', other)))
				throw new Error(`${relative(process.cwd(), join(CONTENT, 'hulp', entry))}: id: "${id}" is already used by ${relative(process.cwd(), join(CONTENT, 'hulp', other))}; give one of them another file name`);
			fileOfId.set(id, entry);
			return id;
		},
	});
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
	hulp: defineCollection({ loader: helpLoader(), schema: helpService }),
};
