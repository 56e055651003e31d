// A translation remembers which version of the Dutch text it was made from, as a short fingerprint of that text.
// When the Dutch page changes later, the translation knows it is out of date and says so to its readers.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { readableProse } from './readability.ts';

/** A frontmatter value as text, the same however an editor or the CMS quoted or wrapped it in YAML. */
function asText(value: unknown): string {
	if (Array.isArray(value)) return value.map(asText).join('\n');
	if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${asText(v)}`).join('\n');
	return value === undefined || value === null ? '' : String(value);
}

/**
 * The fingerprint of a Dutch content file: only what a translator translates (title, summary, "when to call" lines
 * and the body), read through YAML, so a new review date, other sources or the CMS writing the YAML differently do
 * not make translations old, but any change in what parents read does.
 */
export function dutchFingerprint(dutchFile: string): string {
	const text = dutchFile.replace(/\r\n/g, '\n');
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	const data = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
	const body = text.replace(/^---\n[\s\S]*?\n---\n?/, '');
	const translated = [asText(data.title), asText(data.summary), asText(data.whenToCall), body].join('\n');
	return createHash('sha256').update(translated.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/** Whether a translation still matches its Dutch original. */
export type TranslationState = 'current' | 'outdated';

export function translationState(translatedFrom: string | undefined, dutchFile: string): TranslationState {
	return translatedFrom === dutchFingerprint(dutchFile) ? 'current' : 'outdated';
}

/**
 * The numbers a parent reads in a text: weeks, months, doses, temperatures, phone numbers and hours, each as its
 * digits (decimal commas as points, Arabic-Indic digits as 0–9). Link targets and markup are left out.
 */
export function numbersIn(mdx: string): string[] {
	const prose = readableProse(mdx)
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
		.replace(/(\d)[,٫](\d)/g, '$1.$2');
	return [...new Set(prose.match(/\d+(?:\.\d+)?/g) ?? [])].sort();
}
