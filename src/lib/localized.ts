import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** A text per language. Dutch is required; a missing translation falls back to Dutch. */
export type LocalizedText = { nl: string } & Partial<Record<Locale, string>>;

/**
 * A text that must stay on one line: a name, a title, a tagline. A line break or other control character would
 * end up in headers, titles and calendar files (where it can start new entries), so it is refused.
 */
export function oneLine() {
	return z.string().trim().min(1).regex(/^\P{Cc}*$/u, { error: 'must be one line, without line breaks or other control characters' });
}

/** Schema for a text per language, naming an unknown language code instead of just rejecting it. */
export function localizedText(text: () => z.ZodString = () => z.string().trim().min(1)) {
	const shape = Object.fromEntries(
		LOCALES.map((locale) => [locale, locale === DEFAULT_LOCALE ? text() : text().optional()]),
	) as { nl: z.ZodString } & Record<Exclude<Locale, 'nl'>, z.ZodOptional<z.ZodString>>;
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `unknown locale; use one of ${LOCALES.join(', ')}`
				: issue.code === 'invalid_type'
					? `expected a text per language, like { nl: "...", en: "..." }`
					: undefined,
	});
}

/** The text in the reader's language, or Dutch when it has not been translated. */
export function inLocale(text: LocalizedText, locale: Locale): string {
	return text[locale] ?? text.nl;
}

const SLOT = '\u0001';

/**
 * Splits a translated sentence around one interpolated value, so the value can get its own markup while each
 * language keeps its own word order: "Bel {{number}}" → ["Bel ", ""], "{{number}} numarasını ara" → ["", " numarasını ara"].
 */
export function aroundValue(translate: (options: Record<string, string>) => string, key: string): [string, string] {
	const [before = '', after = ''] = translate({ [key]: SLOT }).split(SLOT);
	return [before, after];
}
