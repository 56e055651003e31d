import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';
import { buildFixture, cleanUp, TOWN_FIXTURE, type BuildResult } from '../support/fixture-build.ts';

describe('another town rebrands the site by editing only its content folder', () => {
	let build: BuildResult;
	beforeAll(() => {
		build = buildFixture(TOWN_FIXTURE);
	});
	afterAll(() => cleanUp(build));

	it('builds', () => {
		expect(build.ok, build.output).toBe(true);
	});

	it('shows the new name and region, and neither "Heerlen" nor "Sjpruut" appears on any page', () => {
		const pages = builtPages(build.outDir);
		expect(pages.length).toBeGreaterThan(20);
		const home = readPage('index.html', build.outDir);
		expect(home).toContain('Kleintje');
		expect(home).toContain('Zeestad');
		const mentioningHeerlen = pages.filter((page) => /heerlen|sjpruut/i.test(readPage(page, build.outDir)));
		expect(mentioningHeerlen).toEqual([]);
		expect(readPage('cafe/index.html', build.outDir)).toContain('Kleintje Café');
	});

	it('uses the new town’s address in the sitemap', () => {
		expect(readPage('sitemap-0.xml', build.outDir)).toContain('https://kleintje.example.org/');
	});
});
