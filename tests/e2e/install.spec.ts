import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';

// Chromium reports "in-incognito" for every normal Playwright context, so this test runs in a persistent profile
// in a temporary folder. Unlike the other tests it lets the service worker run: installability needs it.
test('Chromium judges the site installable (Page.getInstallabilityErrors is empty)', async ({ baseURL }) => {
	const profile = mkdtempSync(join(tmpdir(), 'sjpruut-install-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, baseURL, serviceWorkers: 'allow' });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload();
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.url).toBe(new URL('/manifest.webmanifest', baseURL).href);
		expect(manifest.errors).toEqual([]);
		await expect
			.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), { timeout: 20_000 })
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
