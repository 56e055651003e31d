import { describe, expect, it } from 'vitest';
import { isCafePage, pageCacheKey } from '../../src/lib/offline.ts';
import { savedNoticeText, withSavedNotice } from '../../src/lib/saved-notice.ts';

describe('what the service worker keeps', () => {
	it.each([
		['/cafe/', true],
		['/cafe/strand/', true],
		['/ar/cafe/strand/2027-03-16.ics', true],
		['/en/cafe/thema/borstvoeding/', true],
		['/hulp/', false],
		['/baby/cafeine/', false],
		['/en/', false],
	])('%s is a café page with a maximum age: %s', (path, expected) => {
		expect(isCafePage(path)).toBe(expected);
	});

	it.each([
		['https://x.example/zoeken/?q=miskraam', 'https://x.example/zoeken/'],
		['https://x.example/hulp/?taal=ar&gratis=1', 'https://x.example/hulp/'],
		['https://x.example/baby/huilen/#wat-kun-je-doen', 'https://x.example/baby/huilen/'],
		['https://x.example/cafe/', 'https://x.example/cafe/'],
	])('keeps %s as %s, without what was searched for', (url, key) => {
		expect(pageCacheKey(url)).toBe(key);
	});
});

describe('the notice on a page from the cache', () => {
	const saved = new Date('2026-11-22T10:00:00Z');

	it.each([
		['nl', 'Opgeslagen versie van 22 november 2026. Misschien niet meer actueel.'],
		['en', 'Saved version from 22 November 2026. It may be out of date.'],
		['tr', '22 Kasım 2026 tarihli kayıtlı sürüm. Artık güncel olmayabilir.'],
		['pl', 'Zapisana wersja z 22 listopada 2026. Może być już nieaktualna.'],
	] as const)('says how old it is in %s', (locale, text) => {
		expect(savedNoticeText(saved, locale)).toBe(text);
	});

	it('comes first in <main>, in the language of the page', () => {
		const html = '<!DOCTYPE html><html lang="ar" dir="rtl"><body><main id="inhoud" tabindex="-1"><h1>المقهى</h1></main></body></html>';
		const result = withSavedNotice(html, saved);
		expect(result).toContain('<main id="inhoud" tabindex="-1"><div class="notice saved-notice" role="note"><p>نسخة محفوظة من ');
		expect(result).toContain('2026');
		expect(result).toContain('<h1>المقهى</h1>');
	});

	it('leaves a page without <main> as it is', () => {
		expect(withSavedNotice('<html lang="nl"><body><p>x</p></body></html>', saved)).toBe('<html lang="nl"><body><p>x</p></body></html>');
	});
});
