import { expect, test } from '@playwright/test';

const MM = 96 / 25.4;

// axe, the 320 px check and html-validate run on /kaarten/ in every language through the sitemap (every-page.spec.ts).
for (const path of ['/kaarten/', '/ar/kaarten/']) {
	test(`${path} prints as A6 cards, four to an A4 sheet, with dashed cut lines and no site header or footer`, async ({ page }) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		const cards = page.locator('.handout');
		expect(await cards.count()).toBe(11);
		for (const card of (await cards.all()).slice(0, 4)) {
			const box = (await card.boundingBox())!;
			expect(Math.round(box.width / MM)).toBe(105);
			expect(Math.round(box.height / MM)).toBe(148);
			expect(await card.evaluate((el) => getComputedStyle(el).borderBlockStartStyle)).toBe('dashed');
		}
		// 11 cards on 3 sheets, then the café poster on a sheet of its own.
		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(4);
		// A4 is 595 × 842 points.
		for (const [, width, height] of pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)) expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);
	});
}
