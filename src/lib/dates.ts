import type { Locale } from './locales.ts';

// Latin digits in Arabic too: phone numbers, weeks and dates on Dutch papers use them.
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL' };

/** A calendar date as a reader of that language writes it: "22 november 2026". */
export function formatLongDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The ISO calendar date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
