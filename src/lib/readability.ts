import dutchHyphenation from 'hyphen/nl/index.js';
import { parse as parseYaml } from 'yaml';

const { hyphenateSync } = dutchHyphenation;

/** Figures for one Dutch text, as the project's readability gate reads them. */
export interface Readability {
	sentences: number;
	words: number;
	syllables: number;
	wordsPerSentence: number;
	/** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
	fleschDouma: number;
}

/** The gate from notes/writing.md: at most 12 words a sentence on average, and a score of 70 or more. */
export const READABILITY_GATE = { maxWordsPerSentence: 12, minFleschDouma: 70 } as const;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Turns MDX source into the prose a parent reads: no frontmatter, imports, code, headings, tags or link targets.
 * Every block (paragraph, list item) ends a sentence, because a reader stops there too.
 */
export function readableProse(mdx: string): string {
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1];
	const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
	const blocks: string[] = firstReadLines(frontmatter).map((line) => (/[.!?:;]$/.test(line) ? line : `${line}.`));
	for (const rawLine of body.split('\n')) {
		const line = rawLine.trim();
		if (/^(import|export)\s/.test(line) || /^#{1,6}\s/.test(line) || line.startsWith('```')) continue;
		const text = line
			.replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags; their children stay
			.replace(/\{[^}]*\}/g, ' ') // JSX expressions
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
			.replace(/^([-*+]|\d+[.)])\s+/, '') // list markers
			.replace(/[*_`>|]/g, ' ')
			.trim();
		if (text) blocks.push(/[.!?:;]$/.test(text) ? text : `${text}.`);
	}
	return blocks.join('\n');
}

/**
 * What a worried parent reads before the page itself: the summary on cards and in search, and every "when to call"
 * line. The gate measures them with the body.
 */
function firstReadLines(frontmatter: string | undefined): string[] {
	if (!frontmatter) return [];
	const data = (parseYaml(frontmatter) ?? {}) as { summary?: unknown; whenToCall?: unknown };
	const lines = [data.summary, ...(Array.isArray(data.whenToCall) ? data.whenToCall : [])];
	return lines.filter((line): line is string => typeof line === 'string' && line.trim() !== '').map((line) => line.trim());
}

/** Splits prose into sentences at . ! ? followed by a space and a capital, digit or end. */
export function sentencesOf(prose: string): string[] {
	return prose
		.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“‘(])|\n+/u)
		.map((s) => s.trim())
		.filter((s) => WORD.test(s) && ((WORD.lastIndex = 0), true));
}

export function wordsOf(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** Syllables of one Dutch word, by the TeX Dutch hyphenation patterns. */
export function syllablesOf(word: string): number {
	return word
		.split('-')
		.filter(Boolean)
		.reduce((sum, part) => sum + hyphenateSync(part.toLowerCase(), { hyphenChar: '|', minWordLength: 2 }).split('|').length, 0);
}

export function readabilityOf(prose: string): Readability {
	const sentences = sentencesOf(prose);
	const words = sentences.flatMap(wordsOf);
	const syllables = words.reduce((sum, w) => sum + syllablesOf(w), 0);
	const wordsPerSentence = sentences.length ? words.length / sentences.length : 0;
	const syllablesPer100 = words.length ? (syllables / words.length) * 100 : 0;
	return {
		sentences: sentences.length,
		words: words.length,
		syllables,
		wordsPerSentence: round1(wordsPerSentence),
		fleschDouma: round1(206.84 - 0.77 * syllablesPer100 - 0.93 * wordsPerSentence),
	};
}

/** True when the text meets the project's gate. */
export function meetsReadabilityGate(r: Readability): boolean {
	return r.wordsPerSentence <= READABILITY_GATE.maxWordsPerSentence && r.fleschDouma >= READABILITY_GATE.minFleschDouma;
}

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}
