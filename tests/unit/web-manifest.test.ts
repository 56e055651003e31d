import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/lib/site-config.ts';
import { APP_ICONS, iconSvg, webManifest } from '../../src/lib/web-manifest.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const SOURCE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path d="M0 0h24v24z"/></svg>';

describe('the web app manifest', () => {
	it('takes the town’s name, colours and default language from site.yaml', () => {
		const manifest = webManifest(loadSiteConfig('tests/fixtures/town'));
		expect(manifest).toMatchObject({
			name: 'Kleintje Zeestad',
			short_name: 'Kleintje',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: '#0b5d6b',
			background_color: '#eef6f7',
			lang: 'nl',
			dir: 'ltr',
		});
	});

	it('lists a 192 and a 512 icon and a maskable 512, but not the Apple icon', () => {
		const icons = webManifest(loadSiteConfig('content/heerlen')).icons;
		expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	});

	it('gives a town without colours Sjpruut’s own', () => {
		const yaml = `name: X\nregion: Y\nurl: https://x.example.org\nprogramme: Z\ntagline: { nl: t }\ncontact: { organisation: O, website: https://o.example.org }\npartners: [{ name: P }]\nurgent: [{ id: a, name: { nl: n }, when: { nl: w }, phone: '112' }]\n`;
		const site = parseSiteConfig(yaml, 'x/site.yaml');
		expect([site.themeColor, site.backgroundColor]).toEqual(['#7a2e5c', '#fffaf4']);
		expect(() => parseSiteConfig(`${yaml}themeColor: plum\n`, 'x/site.yaml')).toThrow(/x\/site\.yaml: themeColor: a colour like "#7a2e5c"/);
	});
});

describe.each(APP_ICONS)('the $size px $purpose icon', (icon) => {
	const svg = iconSvg(SOURCE, icon, '#fffaf4');
	// The source's own width and height give way to the place it gets in the icon.
	const drawing = /<svg xmlns="[^"]+" viewBox="0 0 24 24" x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)">/.exec(svg.slice(1));

	it('is the icon’s size, on the background colour, with the source drawing centred', () => {
		expect(svg).toContain(`width="${icon.size}" height="${icon.size}"`);
		expect(svg).toContain('fill="#fffaf4"');
		expect(drawing).not.toBeNull();
		const [x, y, width] = drawing!.slice(1).map(Number);
		expect(x).toBe(y);
		expect(x * 2 + width).toBe(icon.size);
	});

	it(icon.purpose === 'maskable' ? 'keeps the whole drawing inside the safe circle (80 %)' : 'fills the icon', () => {
		const [, , width] = drawing!.slice(1).map(Number);
		const halfDiagonal = (width / 2) * Math.SQRT2;
		if (icon.purpose === 'maskable') expect(halfDiagonal).toBeLessThanOrEqual(icon.size * 0.4);
		else expect(width / icon.size).toBeGreaterThan(0.6);
	});
});
