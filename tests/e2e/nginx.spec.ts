import { expect, test, type APIResponse } from '@playwright/test';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { NGINX_PORT } from '../../playwright.config.ts';
import { ADMIN_CSP_HEADER } from '../../src/lib/admin-assets.ts';
import { headerCsp, metaCsp } from '../../src/lib/deploy-csp.ts';
import { axeViolations } from '../support/axe.ts';
import { testWithSharedPage } from '../support/shared-page.ts';

// The built site behind a real nginx running deploy/nginx.conf (tests/support/nginx.ts), as a plain server would.
const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
const PAGE_CSP = metaCsp(readFileSync('dist/index.html', 'utf8')) ?? '';

function expectSecurityHeaders(response: APIResponse) {
	const headers = response.headers();
	expect(headers['content-security-policy']).toBe(headerCsp(PAGE_CSP));
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
	expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
	expect(headers['set-cookie']).toBeUndefined();
}

test.describe('deploy/nginx.conf in a real nginx', () => {
	test('an HTML page: every security header, and revalidation', async ({ request }) => {
		const response = await request.get(`${NGINX}/baby/huilen/`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
		expectSecurityHeaders(response);
		expect(response.headers()['cache-control']).toBe('no-cache');
	});

	test('a hashed asset: cached for a year', async ({ request }) => {
		const html = await (await request.get(`${NGINX}/`)).text();
		const css = html.match(/href="(\/_astro\/[^"]+\.css)"/)?.[1];
		expect(css).toBeDefined();
		const response = await request.get(`${NGINX}${css}`);
		expect(response.status()).toBe(200);
		expectSecurityHeaders(response);
		expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	test('a calendar feed: text/calendar, revalidated', async ({ request }) => {
		const response = await request.get(`${NGINX}/cafe/agenda.ics`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		expect(response.headers()['cache-control']).toBe('no-cache');
		expectSecurityHeaders(response);
		expect(await response.text()).toContain('BEGIN:VCALENDAR');
	});

	test('the editors’ CMS gets its own CSP, and loads under it and the page’s with 0 violations', async ({ request, page }) => {
		for (const path of ['/admin/', '/admin/nationaal/', '/admin/sveltia-cms.js', '/admin/config.yml']) {
			const response = await request.get(`${NGINX}${path}`);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-security-policy'], path).toBe(ADMIN_CSP_HEADER);
			expect(response.headers()['x-robots-tag'], path).toBe('noindex');
			expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
			expect(response.headers()['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
		}
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${NGINX}/admin/`);
		await expect(page.getByRole('button', { name: 'Werken met een lokale repository' }).or(page.getByRole('button', { name: 'Work with Local Repository' }))).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('a page that does not exist gets the 404 page in its language', async ({ request }) => {
		for (const [path, title] of [
			['/bestaat-niet/', 'Deze pagina bestaat niet'],
			['/en/does-not-exist/', 'This page does not exist'],
			['/ar/baby/geen-pagina/', '<html lang="ar" dir="rtl"'],
		] as const) {
			const response = await request.get(`${NGINX}${path}`);
			expect(response.status(), path).toBe(404);
			expectSecurityHeaders(response);
			expect(await response.text(), path).toContain(title);
		}
	});

	test('a calendar feed is compressed, and every answer says it varies by Accept-Encoding', async ({ request }) => {
		const response = await request.get(`${NGINX}/cafe/agenda.ics`, { headers: { 'accept-encoding': 'gzip' } });
		expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		expect(response.headers()['content-encoding']).toBe('gzip');
		expect(response.headers().vary).toBe('Accept-Encoding');
	});

	test('the help list as CSV: text/csv in UTF-8, with the byte order mark Excel needs', async ({ request }) => {
		const response = await request.get(`${NGINX}/hulp/hulp.csv`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect([...(await response.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	test('pages and hashed assets come as the build’s own .br and .gz files', async ({ request }) => {
		const html = await (await request.get(`${NGINX}/`)).text();
		const css = html.match(/href="\/(_astro\/[^"]+\.css)"/)?.[1] ?? '';
		for (const [path, file] of [['/', 'index.html'], ['/baby/huilen/', 'baby/huilen/index.html'], [`/${css}`, css]]) {
			for (const [encoding, extension] of [['br', 'br'], ['gzip', 'gz']]) {
				const response = await request.get(`${NGINX}${path}`, { headers: { 'accept-encoding': encoding } });
				expect(response.headers()['content-encoding'], `${path} ${encoding}`).toBe(encoding);
				expect(response.headers().vary, path).toBe('Accept-Encoding');
				// nginx compressing on the fly sends chunks without a length; a file from disk comes with its size.
				expect(Number(response.headers()['content-length']), `${path} ${encoding}`).toBe(statSync(`dist/${file}.${extension}`).size);
			}
		}
	});

	test('a missing calendar file and the /_astro/ and /pagefind/ folders get the 404 page, never a cached 403', async ({ request }) => {
		for (const path of ['/cafe/bestaat-niet.ics', '/_astro/', '/pagefind/', '/pagefind/fragment/']) {
			const response = await request.get(`${NGINX}${path}`);
			expect(response.status(), path).toBe(404);
			expect(response.headers()['cache-control'], path).toBe('no-cache');
			expectSecurityHeaders(response);
			expect(await response.text(), path).toContain('Deze pagina bestaat niet');
		}
	});

	test('dotfiles and the static hosts’ _headers file are not served', async ({ request }) => {
		writeFileSync('dist/.nginx-test-secret', 'geheim');
		try {
			for (const path of ['/.nginx-test-secret', '/_headers']) {
				const response = await request.get(`${NGINX}${path}`);
				expect(response.status(), path).toBe(404);
				const body = await response.text();
				expect(body, path).not.toContain('geheim');
				expect(body, path).not.toContain('Content-Security-Policy:');
				expect(body, path).toContain('Deze pagina bestaat niet');
			}
		} finally {
			rmSync('dist/.nginx-test-secret');
		}
	});

	test('an address too long to read gets the site’s own page', async ({ request }) => {
		const response = await request.get(`${NGINX}/baby/${'a'.repeat(10_000)}/`);
		expect(response.status()).toBe(414);
		expectSecurityHeaders(response);
		expect(await response.text()).toContain('<h1>Dit adres is te lang</h1>');
	});

	test('plain HTTP (port 80) sends the reader to the same address over HTTPS', async ({ request }) => {
		// tests/support/nginx.ts puts the port-80 server block on this port under the name http-only.test.
		const response = await request.get(`${NGINX}/baby/huilen/?taal=ar`, { headers: { host: 'http-only.test' }, maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers().location).toBe('https://http-only.test/baby/huilen/?taal=ar');
	});

	test('a path without its slash is redirected to it, on the same host', async ({ request }) => {
		const response = await request.get(`${NGINX}/baby/huilen`, { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers().location).toBe('/baby/huilen/');
	});
});

const pages = testWithSharedPage({ baseURL: NGINX });
pages.describe('pages through nginx', () => {
	for (const path of ['/', '/ar/', '/hulp/', '/zoeken/', '/mijn-fase/']) {
		pages(`${path}: 0 CSP violations with the header and meta policies both in force, 0 axe violations`, async ({ shared }) => {
			const { page } = shared;
			expect((await page.goto(path))?.status()).toBe(200);
			if (path === '/hulp/') await expect(page.getByRole('search')).toBeVisible();
			if (path === '/mijn-fase/') await expect(page.getByRole('button', { name: 'Laat zien' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			expect(shared.cspErrors).toEqual([]);
			expect(shared.offSite).toEqual([]);
		});
	}
	pages('search works through nginx (Pagefind and its WebAssembly under the CSP)', async ({ shared: { page } }) => {
		await page.goto('/zoeken/?q=kinderbijslag');
		await expect(page.locator('.search__results a').first()).toBeVisible();
	});
});
