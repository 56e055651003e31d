import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/locales.ts';
import { builtPages, readPage, sitemapPaths, TOWN_DIST } from '../support/dist.ts';
import { TOWN_FIXTURE } from '../support/fixture-build.ts';

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

	it('uses the new town’s address in the sitemap', () => {
		expect(readPage('sitemap-0.xml', TOWN_DIST)).toContain('https://kleintje.example.org/');
	});
});

// The town's build combines the national layer (content/nationaal) with its own folder (tests/fixtures/town), which
// holds no copy of any national page: tests/fixtures/town/site.yaml hides one page, and the town overrides another.
describe('the second town shows the national pages with its own local layer', () => {
	const pages = builtPages(TOWN_DIST);
	const nationalIds = globSync('fasen/nl/*/*.mdx', { cwd: 'content/nationaal' }).map((f) => f.replace(/^fasen\/nl\//, '').replace(/\.mdx$/, ''));
	const HIDDEN = 'baby/kolven-op-je-werk';
	const OVERRIDDEN = 'baby/consultatiebureau';

	it('keeps no copy of a national page in its folder, except its one override', () => {
		const own = globSync('fasen/*/*/*.mdx', { cwd: TOWN_FIXTURE }).map((f) => f.replace(/^fasen\/[a-z]{2}\//, '').replace(/\.mdx$/, ''));
		expect(own.filter((id) => nationalIds.includes(id))).toEqual([OVERRIDDEN]);
		expect(globSync('{begrippen,weken,mijlpalen.yaml,fasen/*/fasen.yaml}', { cwd: TOWN_FIXTURE })).toEqual([]);
	});

	it.each(LOCALES)('has every national topic and week page in %s, less the hidden one', (locale) => {
		const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
		const missing = nationalIds.filter((id) => id !== HIDDEN && !pages.includes(`${prefix}${id}/index.html`));
		expect(missing).toEqual([]);
		const weeks = globSync('weken/nl/*.mdx', { cwd: 'content/nationaal' }).map((f) => `${prefix}zwanger/week/${f.replace(/^weken\/nl\//, '').replace(/\.mdx$/, '')}/index.html`);
		expect(weeks.length).toBe(39);
		expect(weeks.filter((w) => !pages.includes(w))).toEqual([]);
	});

	it('shows its own version where it overrides a national page, in every language', () => {
		for (const locale of LOCALES) {
			const page = readPage(`${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${OVERRIDDEN}/index.html`, TOWN_DIST);
			expect(page).toContain('Het consultatiebureau in Zeestad');
		}
	});

	it('leaves a hidden page out everywhere: no page, no link, no sitemap entry, no milestone link', () => {
		expect(pages.filter((p) => p.includes(HIDDEN))).toEqual([]);
		const linking = pages.filter((p) => readPage(p, TOWN_DIST).includes(`/${HIDDEN}/`));
		expect(linking).toEqual([]);
		expect(sitemapPaths(TOWN_DIST).filter((p) => p.includes(HIDDEN))).toEqual([]);
		const assets = globSync('{_astro/*.js,pagefind/**/*.json}', { cwd: TOWN_DIST }).filter((f) => readFileSync(join(TOWN_DIST, f), 'utf8').includes(HIDDEN));
		expect(assets).toEqual([]);
	});

	it('shows its own help on a national page (site.yaml relatedHelp)', () => {
		expect(readPage('baby/borstvoeding/index.html', TOWN_DIST)).toContain('/hulp/kraamhulp/');
	});
});
