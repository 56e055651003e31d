import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { COPY_PORT } from '../../playwright.config.ts';
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
	for (const key of keyPages) await expect.poll(() => page.evaluate(async ([url, cache]) => Boolean(await (await caches.open(cache)).match(url)), [key, PAGES_CACHE] as const), { message: key }).toBe(true);
}

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
