import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { shareMessage } from '../../src/lib/share.ts';

const SITE = 'https://sjpruut.example/';
const TITLES = { nl: 'Koorts', en: 'Fever', ar: 'الحمى', tr: 'Ateş', pl: 'Gorączka' } as const;
const ADDRESSES = {
	nl: 'https://sjpruut.example/baby/koorts/',
	en: 'https://sjpruut.example/en/baby/koorts/',
	ar: 'https://sjpruut.example/ar/baby/koorts/',
	tr: 'https://sjpruut.example/tr/baby/koorts/',
	pl: 'https://sjpruut.example/pl/baby/koorts/',
} as const;
const OPENINGS = { nl: 'Lees dit op', en: 'Read this on', ar: 'اقرأ هذا على', tr: 'sitesinde oku', pl: 'Przeczytaj na' } as const;

describe.each(LOCALES)('the share message in %s', (locale) => {
	const message = shareMessage({ locale, path: '/baby/koorts/', title: TITLES[locale] }, SITE, useTranslations(locale));

	it('gives the full address of the page in that language', () => {
		expect(message.url).toBe(ADDRESSES[locale]);
	});

	it('names the page and the site in that language', () => {
		expect(message.title).toBe(TITLES[locale]);
		expect(message.text).toContain(TITLES[locale]);
		expect(message.text).toContain(OPENINGS[locale]);
		expect(message.text).not.toMatch(/\{\{|\}\}/);
	});

	it('fills WhatsApp with the text and the address, encoded', () => {
		const link = new URL(message.whatsapp);
		expect(`${link.origin}${link.pathname}`).toBe('https://wa.me/');
		expect(link.searchParams.get('text')).toBe(`${message.text}\n${ADDRESSES[locale]}`);
		expect(message.whatsapp).not.toMatch(/[ \n]/);
	});
});
