import { expect, test, type Page } from '@playwright/test';

/** Cumulative layout shift while the page loads, from the browser's own layout-shift entries. */
async function layoutShiftWhileLoading(page: Page, path: string): Promise<number> {
	await page.addInitScript(() => {
		const shifts = ((window as unknown as { layoutShifts: number[] }).layoutShifts = [] as number[]);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	// A slow phone: scripts arrive after the first paint, as on a mobile network.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.route('**/_astro/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));
}

test.use({ viewport: { width: 412, height: 823 } });

for (const path of ['/mijn-fase/', '/zoeken/', '/ar/mijn-fase/', '/ar/zoeken/']) {
	test(`${path} does not jump while it loads (layout shift < 0.1)`, async ({ page }) => {
		expect(await layoutShiftWhileLoading(page, path)).toBeLessThan(0.1);
	});
}
