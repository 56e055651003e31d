import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { readPage, sitemapPaths, TOWN_DIST } from '../support/dist.ts';

/** Renders an inline SVG QR code to pixels and reads it as a phone's camera would. */
function decodeQr(svg: string): string | undefined {
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

/** Every card or poster on a built /kaarten/ page: its QR code and the address printed under it. */
function qrBlocks(html: string, kind: 'handout' | 'poster') {
	return [...html.matchAll(new RegExp(`<section class="${kind}"[^>]*>([\\s\\S]*?)</section>`, 'g'))].map(([, body = '']) => ({
		svg: /<svg[\s\S]*?<\/svg>/.exec(body)?.[0] ?? '',
		printed: /<bdi class="handout__url">([^<]+)<\/bdi>/.exec(body)?.[1],
		body,
	}));
}

const SITE = 'https://sjpruut.example.org';
const CARD_PATHS = [
	'/zwanger/kinkhoestprik/',
	'/bevalling/vitamine-k-en-d/',
	'/bevalling/hielprik-en-gehoortest/',
	'/baby/veilig-slapen/',
	'/baby/huilen/',
	'/baby/koorts/',
	'/baby/alarmsignalen-ziek-kind/',
	'/zwanger/week/',
	'/cafe/',
	'/hulp/',
	'/direct-hulp/',
];

describe.each([
	['nl', 'kaarten/index.html', ''],
	['ar', 'ar/kaarten/index.html', '/ar'],
])('the hand-out cards in %s', (_locale, file, prefix) => {
	const html = readPage(file);
	const cards = qrBlocks(html, 'handout');

	it('has a card for each key page, in this language', () => {
		expect(cards.map((c) => c.printed)).toEqual(CARD_PATHS.map((path) => `sjpruut.example.org${prefix}${path}`));
	});

	it('has QR codes that a phone reads as the full address printed under them', () => {
		for (const card of cards) expect(decodeQr(card.svg), card.printed).toBe(`https://${card.printed}`);
	});

	it('hides each QR code from screen readers, which read the printed address instead', () => {
		for (const card of cards) expect(card.svg).toMatch(/^<svg class="qr" aria-hidden="true"/);
	});

	it('has a title and a sentence on every card', () => {
		for (const card of cards) {
			expect(/<h2 class="handout__title">[^<]{3,}<\/h2>/.test(card.body), card.printed).toBe(true);
			expect(/<p class="handout__summary">[^<]{20,}<\/p>/.test(card.body), card.printed).toBe(true);
		}
	});

	it('has a café poster that, while the town has no café places, says where to ask and links to the café page', () => {
		const [poster, ...more] = qrBlocks(html, 'poster');
		expect(more).toEqual([]);
		expect(decodeQr(poster!.svg)).toBe(`${SITE}${prefix}/cafe/`);
		expect(poster!.body).toMatch(/<ul class="poster__dates"><li>/);
	});

	it('is in the sitemap, so every-page checks (axe, html-validate, 320 px) cover it', () => {
		expect(sitemapPaths()).toContain(`${prefix}/kaarten/`);
	});
});

it('gives each café place a poster with its next dates and a QR code to its calendar feed, or to /cafe/ while it has none', () => {
	const posters = qrBlocks(readPage('kaarten/index.html', TOWN_DIST), 'poster');
	expect(posters.length).toBe(3);
	const withDates = posters.filter((poster) => poster.body.includes('<ul class="poster__dates"><li>'));
	expect(withDates.length).toBe(2);
	for (const poster of posters) {
		const link = decodeQr(poster.svg);
		expect(link).toBe(`https://${poster.printed}`);
		if (withDates.includes(poster)) expect(link).toMatch(/^https:\/\/kleintje\.example\.org\/cafe\/[a-z0-9-]+\.ics$/);
		else expect(link).toBe('https://kleintje.example.org/cafe/');
	}
});

it('finds no code in a blank image, so an address decoded above really is in the SVG', () => {
	const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#fff"/></svg>';
	expect(decodeQr(svg)).toBeUndefined();
});
