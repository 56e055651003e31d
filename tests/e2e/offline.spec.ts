import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { COPY_PORT } from '../../playwright.config.ts';
import { formatLongDate } from '../../src/lib/dates.ts';
import { PAGES_CACHE } from '../../src/lib/offline.ts';

// The service worker against a copy of the build, served by the plain static server, so a test can play a new
// deploy by changing a file. Service workers are allowed here only.
const SITE = `http://127.0.0.1:${COPY_PORT}`;
let copy = '';
let server: ChildProcess | undefined;

test.use({ baseURL: SITE, serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	copy = mkdtempSync(join(tmpdir(), 'sjpruut-deploy-'));
	cpSync('dist', copy, { recursive: true });
	server = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/support/static-server.ts', copy, String(COPY_PORT)], { stdio: 'ignore' });
	await expect.poll(() => fetch(`${SITE}/`).then((r) => r.status).catch(() => 0), { timeout: 15_000 }).toBe(200);
});

test.afterAll(() => {
	server?.kill();
	rmSync(copy, { recursive: true, force: true });
});

/** Waits until the service worker controls the page and has kept the key pages of its language. */
async function readyOffline(page: Page, keyPages: string[]) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	for (const key of keyPages) await expect.poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), key), { message: key }).toBe(true);
}

/** Every address in every cache of the service worker. */
const cachedAddresses = (page: Page) =>
	page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))).flat());

test('after one visit, the key pages of the reader’s language and the page she read work without signal', async ({ page, context }) => {
	await page.goto('/ar/baby/huilen/');
	await readyOffline(page, ['/ar/', '/ar/direct-hulp/', '/ar/cafe/', '/ar/hulp/']);
	await context.setOffline(true);

	await page.goto('/ar/direct-hulp/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('.urgent-list a[href^="tel:"]').first()).toBeVisible();
	await page.goto('/ar/baby/huilen/');
	await expect(page.locator('main h1')).toBeVisible();
	await page.goto('/ar/hulp/');
	await expect(page.locator('#help-list > li').first()).toBeVisible();

	// A page she never opened: the offline page, with numbers that can still be called.
	await page.goto('/ar/peuter/');
	await expect(page.locator('main h1')).toHaveText('Je bent offline');
	await expect(page.getByRole('link', { name: /112/ }).first()).toHaveAttribute('href', 'tel:112');
	await context.setOffline(false);
});

test('a new deploy shows on the next reload, never a stale copy', async ({ page }) => {
	await page.goto('/over/');
	await readyOffline(page, ['/', '/direct-hulp/']);
	const file = join(copy, 'over', 'index.html');
	const old = readFileSync(file, 'utf8');
	const title = (await page.locator('main h1').textContent()) ?? '';
	writeFileSync(file, old.replace(`>${title}</h1>`, '>Nieuwe versie van deze pagina</h1>'));
	await page.reload();
	await expect(page.locator('main h1')).toHaveText('Nieuwe versie van deze pagina');
	writeFileSync(file, old);
});

test('a cache that was emptied or holds a broken page does not break the site', async ({ page }) => {
	await page.goto('/zwanger/');
	await readyOffline(page, ['/', '/direct-hulp/']);
	await page.evaluate(async (cache) => {
		await (await caches.open(cache)).put('/hulp/', new Response('<html><body><p>afgebr', { headers: { 'content-type': 'text/html' } }));
		await caches.delete('sjpruut-assets');
	}, PAGES_CACHE);
	await page.goto('/hulp/');
	await expect(page.locator('#help-list > li').first()).toBeVisible();
	expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
	await page.evaluate(async () => {
		for (const name of await caches.keys()) await caches.delete(name);
	});
	await page.reload();
	await expect(page.locator('main h1')).toBeVisible();
});

test('a page from the cache says it is a saved copy, with its date, in the page’s language', async ({ page, context }) => {
	await page.goto('/ar/baby/huilen/');
	await readyOffline(page, ['/ar/cafe/', '/ar/hulp/']);
	await page.goto('/hulp/');
	await readyOffline(page, ['/hulp/']);
	await context.setOffline(true);
	const today = formatLongDate(new Date(), 'ar');
	for (const path of ['/ar/cafe/', '/ar/hulp/']) {
		await page.goto(path);
		await expect(page.locator('main .saved-notice'), path).toHaveText(`نسخة محفوظة من ${today}. قد لا تكون محدّثة.`);
	}
	await page.goto('/hulp/');
	await expect(page.locator('main .saved-notice')).toHaveText(`Opgeslagen versie van ${formatLongDate(new Date(), 'nl')}. Misschien niet meer actueel.`);
	await context.setOffline(false);
	// Online, the page comes from the server and says nothing.
	await page.goto('/hulp/');
	await expect(page.locator('#help-list > li').first()).toBeVisible();
	await expect(page.locator('.saved-notice')).toHaveCount(0);
});

test('a server error (503) shows the saved copy, or the offline page, never the error', async ({ page, context }) => {
	await page.goto('/over/');
	await readyOffline(page, ['/', '/direct-hulp/']);
	await page.goto('/over/'); // now through the worker, which keeps it
	await readyOffline(page, ['/over/']);
	const title = (await page.locator('main h1').textContent()) ?? '';
	await context.route(/\/(over|peuter)\/$/, (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>503 Service Unavailable</h1>' }));
	await page.goto('/over/');
	await expect(page.locator('main h1')).toHaveText(title);
	await expect(page.locator('main .saved-notice')).toBeVisible();
	await page.goto('/peuter/');
	await expect(page.locator('main h1')).toHaveText('Je bent offline');
	await context.unroute(/\/(over|peuter)\/$/);
});

test('a café page older than a week is not shown as if it were current: the offline page shows', async ({ page, context }) => {
	await page.goto('/cafe/');
	await readyOffline(page, ['/cafe/', '/hulp/']);
	// Make the kept café page 8 days old, wherever the worker keeps it, and a help page as old.
	const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toUTCString();
	await page.evaluate(async (date) => {
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const path of ['/cafe/', '/hulp/']) {
				const kept = await cache.match(path);
				if (kept) await cache.put(path, new Response(await kept.text(), { headers: { 'content-type': 'text/html; charset=utf-8', date } }));
			}
		}
	}, old);
	await context.setOffline(true);
	await page.goto('/cafe/');
	await expect(page.locator('main h1')).toHaveText('Je bent offline');
	// Other pages have no maximum age: an old copy still helps, and says how old it is.
	await page.goto('/hulp/');
	await expect(page.locator('main .saved-notice')).toContainText(formatLongDate(new Date(Date.parse(old)), 'nl'));
	await context.setOffline(false);
});

test('what a parent searched for or filtered on is never kept in a cache', async ({ page, context }) => {
	await page.goto('/');
	await readyOffline(page, ['/', '/hulp/']);
	await page.goto('/hulp/?taal=ar&gratis=1');
	await page.goto('/zoeken/?q=geheimwoord');
	await expect.poll(async () => (await cachedAddresses(page)).some((url) => url.endsWith('/zoeken/'))).toBe(true);
	const addresses = await cachedAddresses(page);
	// Workbox's own precache keys carry ?__WB_REVISION__=; nothing else may carry a query.
	expect(addresses.filter((url) => url.includes('?') && !/\?__WB_REVISION__=\w+$/.test(url))).toEqual([]);
	expect(addresses.filter((url) => url.includes('geheimwoord') || url.includes('taal='))).toEqual([]);
	// Offline, a page with a query still opens from its kept copy.
	await context.setOffline(true);
	await page.goto('/zoeken/?q=iets-anders');
	await expect(page.locator('main .saved-notice')).toBeVisible();
	await context.setOffline(false);
});

test('the first visit downloads the hashed stylesheet once: no cache-busting copy for the worker', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: SITE, serviceWorkers: 'allow' });
	const requested: string[] = [];
	context.on('request', (request) => requested.push(request.url()));
	const page = await context.newPage();
	await page.goto('/baby/');
	await readyOffline(page, ['/', '/direct-hulp/']);
	const css = new URL((await page.locator('link[rel="stylesheet"]').first().getAttribute('href')) ?? '', SITE).href;
	expect(requested.filter((url) => url.includes('__WB_REVISION__'))).toEqual([]);
	await expect.poll(async () => (await cachedAddresses(page)).filter((url) => url.startsWith(css))).toEqual([css]);
	await context.close();
});

test('the site asks the browser to keep its offline copies (persistent storage)', async ({ page }) => {
	await page.addInitScript(() => {
		const asked = { count: 0 };
		Object.assign(window, { persistAsked: asked });
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', { value: async () => (asked.count += 1) > 0 });
	});
	await page.goto('/direct-hulp/');
	await readyOffline(page, ['/', '/cafe/']);
	await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: { count: number } }).persistAsked.count)).toBeGreaterThan(0);
});
