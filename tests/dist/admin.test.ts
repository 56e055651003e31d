import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, ADMIN_CSP_HEADER } from '../../src/lib/admin-assets.ts';
import { metaCsp } from '../../src/lib/deploy-csp.ts';
import { builtPages, DIST, readPage, sitemapPaths, TOWN_DIST } from '../support/dist.ts';

const ROOMS = ['admin/index.html', 'admin/nationaal/index.html'];

function directive(csp: string, name: string): string[] {
	return (
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.find(([n]) => n === name)
			?.slice(1) ?? []
	);
}

describe.each([DIST, TOWN_DIST])('the editors’ rooms in %s', (dist) => {
	it.each(ROOMS)('%s has its own CSP: scripts from the site only, no eval, connections to the site and GitHub’s API only', (room) => {
		const csp = metaCsp(readPage(room, dist)) ?? '';
		expect(csp).toBe(ADMIN_CSP);
		expect(directive(csp, 'script-src')).toEqual(["'self'"]);
		expect(directive(csp, 'connect-src')).toEqual(["'self'", 'data:', 'https://api.github.com']);
		expect(directive(csp, 'default-src')).toEqual(["'none'"]);
	});

	it.each(ROOMS)('%s is not for search engines', (room) => {
		expect(readPage(room, dist)).toContain('<meta name="robots" content="noindex" />');
	});

	it('serves Sveltia from the site, pointed at its own copies of the texts, fonts and version file', () => {
		const bundle = readFileSync(join(dist, 'admin', 'sveltia-cms.js'), 'utf8');
		expect(bundle).not.toContain('cdn.jsdelivr.net');
		expect(bundle).not.toContain('https://unpkg.com/@sveltia/cms');
		expect(bundle).not.toContain('githubstatus.com/api');
		const version = JSON.parse(readFileSync(join(dist, 'admin', 'sveltia', 'package.json'), 'utf8')).version as string;
		expect(version).toBe(JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')).version);
		for (const file of [`sveltia@${version}/locales/nl.json`, 'chunks/react-dom.js', 'editor-components.js', 'cms-components.js', 'cms-setup.js', 'config.yml', 'nationaal/config.yml'])
			expect(existsSync(join(dist, 'admin', file)), file).toBe(true);
		expect(globSync('admin/fonts/*.woff2', { cwd: dist })).toHaveLength(3);
	});

	it('no reading page loads anything from /admin/, and /admin/ is in neither the sitemap nor the search index', () => {
		expect(builtPages(dist).filter((page) => readPage(page, dist).includes('/admin/'))).toEqual([]);
		expect(sitemapPaths(dist).filter((path) => path.startsWith('/admin/'))).toEqual([]);
		const indexed = globSync('pagefind/fragment/*.pf_fragment', { cwd: dist }).map((f) => gunzipSync(readFileSync(join(dist, f))).toString('utf8'));
		expect(indexed.length).toBeGreaterThan(10);
		expect(indexed.filter((fragment) => fragment.includes('"url":"/admin/'))).toEqual([]);
	});

	it('the service worker never keeps /admin/', () => {
		expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toMatch(/!\w+\.pathname\.startsWith\("\/admin\/"\)/);
	});
});

describe('each build edits its own town’s folder', () => {
	it('the second town’s /admin/ edits tests/fixtures/town, and /admin/nationaal/ the national layer', () => {
		const local = readFileSync(join(TOWN_DIST, 'admin', 'config.yml'), 'utf8');
		expect(local).toContain('folder: tests/fixtures/town/hulp');
		expect(local).not.toMatch(/heerlen/i);
		expect(readFileSync(join(TOWN_DIST, 'admin', 'nationaal', 'config.yml'), 'utf8')).toContain('folder: content/nationaal/fasen');
	});
});

describe('the deploy files send the admin CSP on /admin/', () => {
	it('public/_headers detaches the site’s CSP from /admin/ and sets the admin one', () => {
		const block = readFileSync('public/_headers', 'utf8').split('/admin/*\n')[1] ?? '';
		expect(block).toContain('  ! Content-Security-Policy\n');
		expect(block).toContain(`  Content-Security-Policy: ${ADMIN_CSP_HEADER}\n`);
		expect(block).toContain('  X-Robots-Tag: noindex\n');
	});

	it('deploy/nginx.conf sets it in the /admin/ location, with the other security headers', () => {
		const block = /location \^~ \/admin\/ \{[\s\S]*?\n\t\}/.exec(readFileSync('deploy/nginx.conf', 'utf8'))?.[0] ?? '';
		expect(block).toContain(`add_header Content-Security-Policy "${ADMIN_CSP_HEADER}" always;`);
		for (const header of ['Referrer-Policy "no-referrer"', 'X-Content-Type-Options "nosniff"', 'Strict-Transport-Security', 'X-Robots-Tag "noindex"']) expect(block).toContain(header);
	});
});
