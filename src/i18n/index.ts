import i18next, { type TFunction } from 'i18next';
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
