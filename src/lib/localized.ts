import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { MAX, singleLine } from './text-rules.ts';

/** The languages by their Dutch names, for the editors' CMS. */
const LANGUAGE_IN_DUTCH: Record<Locale, string> = { nl: 'Nederlands', en: 'Engels', ar: 'Arabisch', tr: 'Turks', pl: 'Pools' };

/** A text per language. Dutch is required; a missing translation falls back to Dutch. */
export type LocalizedText = { nl: string } & Partial<Record<Locale, string>>;

/**
 * Schema for a one-line text per language (at most `max` characters each), naming an unknown language code instead
 * of just rejecting it.
 */
export function localizedText(max: number = MAX.paragraph) {
	const text = singleLine(max);
	const shape = Object.fromEntries(LOCALES.map((locale) => [locale, (locale === DEFAULT_LOCALE ? text : text.optional()).meta({ title: LANGUAGE_IN_DUTCH[locale] })])) as { nl: typeof text } & Record<
		Exclude<Locale, 'nl'>,
		z.ZodOptional<typeof text>
	>;
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
