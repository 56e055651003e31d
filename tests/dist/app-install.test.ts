import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage, TOWN_DIST } from '../support/dist.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const manifestOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));

describe('the installable app', () => {
	it('has a manifest with the town’s name, start, scope, display, colours and language', () => {
		expect(manifestOf(DIST)).toMatchObject({
			name: 'Sjpruut Heerlen',
			short_name: 'Sjpruut',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: '#7a2e5c',
			background_color: '#fffaf4',
			lang: 'nl',
			dir: 'ltr',
		});
	});

	it('gives another town its own name and colours without a code change', () => {
		expect(manifestOf(TOWN_DIST)).toMatchObject({ name: 'Kleintje Zeestad', short_name: 'Kleintje', theme_color: '#0b5d6b', background_color: '#eef6f7' });
	});

	it('has every icon the manifest names, at its stated size', () => {
		const icons: { src: string; sizes: string; purpose: string }[] = manifestOf(DIST).icons;
		expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
		for (const icon of icons) expect(pngSize(join(DIST, icon.src)).join('x'), icon.src).toBe(icon.sizes);
	});

	it('has a 180 px apple-touch-icon', () => {
		expect(pngSize(join(DIST, 'apple-touch-icon.png'))).toEqual([180, 180]);
	});

	it('links the manifest, the Apple icon and the theme colour from every page', () => {
		const missing = builtPages()
			.filter((p) => !p.startsWith('pagefind/'))
			.filter((page) => {
				const html = readPage(page);
				return !html.includes('<link rel="manifest" href="/manifest.webmanifest">') || !html.includes('<link rel="apple-touch-icon" href="/apple-touch-icon.png">') || !html.includes('<meta name="theme-color" content="#7a2e5c">');
			});
		expect(missing).toEqual([]);
	});

	it('is allowed by the pages’ Content-Security-Policy (manifest-src)', () => {
		expect(readPage('index.html')).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*manifest-src 'self'/i);
	});

	it('keeps the manifest and icons for offline use', () => {
		const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
		for (const file of ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png']) expect(worker, file).toContain(`"url":"/${file}"`);
		expect(existsSync(join(DIST, 'icons', 'icon-192.png'))).toBe(true);
	});
});
