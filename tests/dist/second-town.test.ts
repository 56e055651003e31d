import { describe, expect, it } from 'vitest';
import { builtPages, readPage, TOWN_DIST } from '../support/dist.ts';

// The made-up town in tests/fixtures/town, built by `npm run build:town` (part of `npm test`).
describe('another town rebrands the site by editing only its content folder', () => {
	const pages = builtPages(TOWN_DIST);

	it('shows the new name and region, and neither "Heerlen" nor "Sjpruut" appears on any page', () => {
		expect(pages.length).toBeGreaterThan(20);
		const home = readPage('index.html', TOWN_DIST);
		expect(home).toContain('Kleintje');
		expect(home).toContain('Zeestad');
		const mentioningHeerlen = pages.filter((page) => /heerlen|sjpruut/i.test(readPage(page, TOWN_DIST)));
		expect(mentioningHeerlen).toEqual([]);
		expect(readPage('cafe/index.html', TOWN_DIST)).toContain('Kleintje Café');
	});

	it('lists its own help entries, and none of Heerlen’s', () => {
		const help = readPage('hulp/index.html', TOWN_DIST);
		expect(help).toContain('Taalcafé Zeestad');
		expect(help).not.toContain('Voedselbank');
		expect(pages).toContain('hulp/taalcafe/index.html');
	});

	it('shows a glossary word used without its own text as text, never as HTML', () => {
		const page = readPage('zwanger/eerste-afspraak/index.html', TOWN_DIST);
		const button = page.match(/<button[^>]*popovertarget="begrip-zorg-en-co"[^>]*>(.*?)<\/button>/)?.[1];
		expect(button).toBe('&lt;b&gt;Zorg&lt;/b&gt; &amp; Co');
	});

	it('uses the new town’s address in the sitemap', () => {
		expect(readPage('sitemap-0.xml', TOWN_DIST)).toContain('https://kleintje.example.org/');
	});
});
