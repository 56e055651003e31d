// Content is data, never code. An MDX file may hold plain Markdown and a few components we allow on purpose; no
// import or export, no {…} expression, no raw HTML, and links only to places a parent can safely go.
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The components each kind of MDX content may use, and the attributes each takes (plain strings only). */
export const ALLOWED_COMPONENTS = {
	topic: { WatIsHet: [], WatKunJeDoen: [], Begrip: ['term'] },
	week: { JeBaby: [], JouwLijf: [], DezeWeek: [], Begrip: ['term'] },
	sitePage: { Begrip: ['term'] },
	cafeTheme: {},
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type MdxKind = keyof typeof ALLOWED_COMPONENTS;

/** True for a link a parent can follow safely: https, tel:, mailto:, or a path on this site. */
export function isSafeLink(url: string): boolean {
	if (/^\/(?!\/)/.test(url) || /^#[\w-]+$/.test(url)) return true;
	return /^(https:\/\/[^\s/]|tel:\+?[\d\s-]+$|mailto:[^\s@]+@[^\s@]+$)/i.test(url);
}

interface Positioned {
	type: string;
	name?: string | null;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
}

/**
 * What makes an MDX text unsafe to build, one message per problem, each naming the file and line. The frontmatter is
 * not read here (its schema checks it), but it counts for the line numbers.
 */
export function mdxSafetyProblems(source: string, file: string, kind: MdxKind): string[] {
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(source)?.[0] ?? '';
	const body = frontmatter.replace(/[^\n]/g, '') + source.slice(frontmatter.length);
	const at = (node: Positioned) => `${file}:${node.position?.start.line ?? '?'}`;
	let tree;
	try {
		tree = unified().use(remarkParse).use(remarkMdx).parse(body);
	} catch (error) {
		const { line, reason } = error as { line?: number; reason?: string };
		return [`${file}:${line ?? '?'}: this is not valid MDX (${reason ?? String(error)}); write plain Markdown`];
	}
	const allowed: Record<string, readonly string[]> = ALLOWED_COMPONENTS[kind];
	const problems: string[] = [];
	visit(tree, (node: Positioned) => {
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push(`${at(node)}: import and export are not allowed in content; remove this line`);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push(`${at(node)}: {…} is code and not allowed in content; write the text itself`);
				break;
			case 'html':
				problems.push(`${at(node)}: raw HTML is not allowed in content; use Markdown`);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!Object.hasOwn(allowed, name)) {
					const which = Object.keys(allowed).map((c) => `<${c}>`).join(', ') || 'none';
					problems.push(`${at(node)}: <${name || '>'}> is not allowed here (allowed: ${which})`);
					break;
				}
				for (const attribute of node.attributes ?? []) {
					if (attribute.type !== 'mdxJsxAttribute' || !allowed[name]?.includes(attribute.name ?? ''))
						problems.push(`${at(node)}: <${name}> does not take ${attribute.type === 'mdxJsxAttribute' ? `the attribute "${attribute.name}"` : '{…}'}`);
					else if (typeof attribute.value !== 'string') problems.push(`${at(node)}: <${name} ${attribute.name}>: write the value as plain text in quotes`);
				}
				break;
			}
			case 'link':
			case 'definition':
			case 'image':
				if (node.type === 'image') problems.push(`${at(node)}: images are not allowed in content`);
				else if (!isSafeLink(node.url ?? '')) problems.push(`${at(node)}: the link "${node.url}" may only go to https://, tel:, mailto: or a path on this site (/...)`);
				break;
		}
	});
	return problems;
}
