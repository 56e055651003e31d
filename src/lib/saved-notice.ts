// "Opgeslagen versie van …": what a page served from the phone's cache says, in the page's own language. Used by
// the service worker, so it reads the UI strings directly (src/i18n/index.ts needs Node).
// Named imports, so the bundler keeps only this part of each file.
import { offline as ar } from '../i18n/ar.json';
import { offline as en } from '../i18n/en.json';
import { offline as nl } from '../i18n/nl.json';
import { offline as pl } from '../i18n/pl.json';
import { offline as tr } from '../i18n/tr.json';
import { formatLongDate } from './dates.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

const STALE: Record<Locale, string> = { nl: nl.stale, en: en.stale, ar: ar.stale, tr: tr.stale, pl: pl.stale };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The notice for a page saved at `savedAt`, in `locale`. */
export function savedNoticeText(savedAt: Date, locale: Locale): string {
	return STALE[locale].replace('{{date}}', formatLongDate(savedAt, locale));
}

/**
 * The page's HTML with the notice as the first thing in <main>, in the language of its <html lang>. A page
 * without <main> is returned as it is.
 */
export function withSavedNotice(html: string, savedAt: Date): string {
	const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1];
	const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
	const notice = `<div class="notice saved-notice" role="note"><p>${escapeHtml(savedNoticeText(savedAt, locale))}</p></div>`;
	return html.replace(/<main\b[^>]*>/, (main) => `${main}${notice}`);
}
