import i18next, { type TFunction } from 'i18next';
import type { PluralText } from '../lib/count-text.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import ar from './ar.json';
import en from './en.json';
import nl from './nl.json';
import pl from './pl.json';
import tr from './tr.json';

/** Every UI string, per language. Dutch is the source; the unit tests make sure every language has every key. */
export const uiStrings = { nl, en, ar, tr, pl } satisfies Record<Locale, unknown>;

const i18n = i18next.createInstance();
await i18n.init({
	resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: uiStrings[locale] }])),
	lng: 'nl',
	fallbackLng: 'nl',
	// Astro escapes on output. {{name}} and {{region}} are the portal's name and town from content/site.yaml.
	interpolation: { escapeValue: false, defaultVariables: { name: loadSiteConfig().name, region: loadSiteConfig().region } },
	initAsync: false,
});

/** The translate function for one language. */
export function useTranslations(locale: Locale): TFunction {
	return i18n.getFixedT(locale);
}

/**
 * The plural forms of a counted phrase ("search.results" → { one, other }), with {{count}} and other
 * placeholders left in, so an island can count in the reader's language without a translation library.
 */
export function pluralTemplates(locale: Locale, key: string): PluralText {
	const path = key.split('.');
	const name = path.pop() ?? '';
	const strings = path.reduce<Record<string, unknown>>((node, step) => (node[step] ?? {}) as Record<string, unknown>, uiStrings[locale]);
	const forms = Object.fromEntries(
		Object.entries(strings)
			.filter(([k, v]) => k.startsWith(`${name}_`) && typeof v === 'string')
			.map(([k, v]) => [k.slice(name.length + 1), v]),
	);
	if (typeof forms.other !== 'string') throw new Error(`i18n: ${locale} has no plural forms for ${key}`);
	return forms as PluralText;
}
