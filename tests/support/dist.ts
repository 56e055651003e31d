// Helpers for tests that read the built site.
import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.SJPRUUT_OUT ?? 'dist';
/** The made-up second town, built from tests/fixtures/town by `npm run build:town`. */
export const TOWN_DIST = 'dist-town';

/** The editors' room: the CMS, with its own CSP and its own tests (tests/dist/admin.test.ts, tests/e2e/cms.spec.ts). */
export const ADMIN_PAGES = /^admin\//;

/**
 * Every built page a parent can read, as paths relative to dist (e.g. "en/over/index.html"); the editors' room is
 * left out. Fails when nothing was built.
 */
export function builtPages(dist = DIST): string[] {
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run "npm run ${dist === TOWN_DIST ? 'build:town' : 'build'}" first`);
	return globSync('**/*.html', { cwd: dist })
		.filter((page) => !ADMIN_PAGES.test(page))
		.sort();
}

export function readPage(page: string, dist = DIST): string {
	return readFileSync(join(dist, page), 'utf8');
}

/** The site paths in the sitemap, as root-relative URLs ("/en/over/"). */
export function sitemapPaths(dist = DIST): string[] {
	const files = globSync('sitemap-*.xml', { cwd: dist }).filter((f) => f !== 'sitemap-index.xml');
	const urls = files.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
	if (!urls.length) throw new Error(`no URLs in ${dist}/sitemap-*.xml`);
	return [...new Set(urls)].sort();
}

export function relativeToDist(file: string, dist = DIST): string {
	return relative(dist, file);
}
