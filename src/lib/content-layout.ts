// Which files a content folder may hold. A file the build would not read must not be dropped silently: an editor
// who saved "Koorts.mdx", "koorts.md" or "hulp/oud/x.yaml" would never see her text on the site.
import { LOCALES } from './locales.ts';
import { PHASES } from './phases.ts';

/** An id is what a file name becomes in a web address: lowercase letters, digits and dashes. */
export const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const locale = `(${LOCALES.join('|')})`;
const phase = `(${PHASES.join('|')})`;
const id = '([^/]+)';

/** The files each layer may hold, as patterns over paths relative to the layer's folder. */
const EXPECTED = {
	national: [
		{ path: new RegExp(`^fasen/${locale}/fasen\\.yaml$`), what: 'phase intros' },
		{ path: new RegExp(`^fasen/${locale}/${phase}/${id}\\.mdx$`), what: 'a topic page' },
		{ path: new RegExp(`^weken/${locale}/${id}\\.mdx$`), what: 'a week page' },
		{ path: new RegExp(`^begrippen/${locale}\\.yaml$`), what: 'a glossary' },
		{ path: /^mijlpalen\.yaml$/, what: 'the milestones' },
	],
	local: [
		{ path: /^site\.yaml$/, what: 'the site settings' },
		{ path: new RegExp(`^fasen/${locale}/${phase}/${id}\\.mdx$`), what: 'a topic page' },
		{ path: new RegExp(`^paginas/${locale}/${id}\\.mdx$`), what: 'a site page' },
		{ path: new RegExp(`^hulp/${id}\\.ya?ml$`), what: 'a help entry' },
		{ path: new RegExp(`^cafe/locaties/${id}\\.ya?ml$`), what: 'a café place' },
		{ path: new RegExp(`^cafe/thema/${id}\\.mdx$`), what: 'a themed café session' },
	],
} as const;

/** Names that would clash with a page the site makes itself. */
const RESERVED_IDS = new Set(['index', 'week', 'pagina']);

/** What is wrong with the files of a layer, one message per file; `shown` turns a relative path into the one to print. */
export function layoutProblems(layer: keyof typeof EXPECTED, files: readonly string[], shown: (path: string) => string): string[] {
	const problems: string[] = [];
	for (const path of files) {
		if (path.split('/').at(-1) === '.gitkeep') continue;
		const match = EXPECTED[layer].map((rule) => rule.path.exec(path)).find(Boolean);
		if (!match) {
			problems.push(`${shown(path)}: the build does not read this file; ${whereItBelongs(layer)}`);
			continue;
		}
		const name = match.at(-1) ?? '';
		const fileId = name.replace(/\.(mdx|ya?ml)$/, '');
		if (!FILE_ID.test(fileId)) problems.push(`${shown(path)}: the file name "${fileId}" becomes a web address: use lowercase letters, digits and dashes only`);
		else if (RESERVED_IDS.has(fileId)) problems.push(`${shown(path)}: "${fileId}" is a name the site uses itself; choose another file name`);
	}
	return problems;
}

function whereItBelongs(layer: keyof typeof EXPECTED): string {
	return `a ${layer} folder holds only ${EXPECTED[layer].map((rule) => rule.what).join(', ')} (see content/README.md)`;
}

/**
 * One clear sentence for a content file that is empty, or whose frontmatter is missing or not closed, instead of a
 * list of every field the schema then misses.
 */
export function fileShapeProblem(path: string, text: string): string | undefined {
	if (text.trim() === '') return `${path}: the file is empty`;
	if (!path.endsWith('.mdx')) return undefined;
	if (!/^---\r?\n/.test(text)) return `${path}: the file must start with its frontmatter: a line "---", the fields, and another line "---"`;
	if (!/^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.test(text)) return `${path}: the frontmatter is not closed: add a line "---" after the last field`;
	return undefined;
}
