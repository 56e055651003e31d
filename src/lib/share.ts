import { pathIn, type Locale } from './locales.ts';

/** What "Deel" sends: the same words and address to the phone's share sheet, WhatsApp and the clipboard. */
export interface ShareMessage {
	/** The page's title, as the share sheet shows it. */
	title: string;
	/** A line in the reader's language that names the page and the site. */
	text: string;
	/** The page's full address in the reader's language. */
	url: string;
	/** A wa.me link that opens WhatsApp with the text and the address filled in; it works without JavaScript. */
	whatsapp: string;
}

/** The share message for a page (language-free `path`, such as "/baby/koorts/") read in `locale`. */
export function shareMessage(page: { locale: Locale; path: string; title: string }, siteUrl: string, say: (key: 'share.text', vars: { title: string }) => string): ShareMessage {
	const url = new URL(pathIn(page.locale, page.path), siteUrl).href;
	const text = say('share.text', { title: page.title });
	return { title: page.title, text, url, whatsapp: `https://wa.me/?text=${encodeURIComponent(`${text}\n${url}`)}` };
}
