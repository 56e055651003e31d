import { describe, expect, it } from 'vitest';
import { languageLinks, LOCALES, pathIn, splitLocale, textDirection } from '../../src/lib/locales.ts';

describe('pathIn', () => {
	it.each([
		['nl', '/', '/'],
		['nl', '/over/', '/over/'],
		['en', '/', '/en/'],
		['en', '/over/', '/en/over/'],
		['ar', 'zwanger/foliumzuur/', '/ar/zwanger/foliumzuur/'],
	] as const)('puts %s before %s as %s', (locale, path, expected) => {
		expect(pathIn(locale, path)).toBe(expected);
	});
});

describe('splitLocale', () => {
	it.each([
		['/', 'nl', '/'],
		['/over/', 'nl', '/over/'],
		['/en/', 'en', '/'],
		['/tr/zwanger/', 'tr', '/zwanger/'],
		['/nl/over/', 'nl', '/nl/over/'],
	] as const)('reads %s as %s and %s', (url, locale, path) => {
		expect(splitLocale(url)).toEqual({ locale, path });
	});
	it('is the inverse of pathIn for every locale', () => {
		for (const locale of LOCALES) expect(splitLocale(pathIn(locale, '/cafe/'))).toEqual({ locale, path: '/cafe/' });
	});
});

describe('textDirection', () => {
	it('is right-to-left for Arabic only', () => {
		expect(LOCALES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar']);
	});
});

describe('languageLinks', () => {
	it('links to the same page where it exists and to the home page where it does not', () => {
		const links = languageLinks('/zwanger/foliumzuur/', (l) => l === 'nl' || l === 'en');
		expect(links.find((l) => l.locale === 'en')).toEqual({ locale: 'en', href: '/en/zwanger/foliumzuur/', samePage: true });
		expect(links.find((l) => l.locale === 'pl')).toEqual({ locale: 'pl', href: '/pl/', samePage: false });
		expect(links.map((l) => l.locale)).toEqual([...LOCALES]);
	});
});
