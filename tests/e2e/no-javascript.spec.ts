import { expect } from '@playwright/test';
import { testWithSharedPage } from '../support/shared-page.ts';
import { ALL_PATHS } from '../support/sitemap.ts';

const test = testWithSharedPage({ javaScriptEnabled: false });

test.describe('with JavaScript off', () => {
	for (const path of ALL_PATHS) {
		test(`${path} shows its main content, the main menu and the urgent-help link`, async ({ shared: { page } }) => {
			await page.goto(path);
			const main = page.locator('main');
			await expect(main).toBeVisible();
			expect((await main.innerText()).trim().length, `${path}: text in <main>`).toBeGreaterThan(40);
			await expect(page.locator('main h1')).toBeVisible();
			const menuLinks = page.locator('header nav').first().getByRole('link');
			expect(await menuLinks.count()).toBe(8);
			for (const link of await menuLinks.all()) await expect(link).toBeVisible();
			await expect(page.locator('.urgent-link')).toBeVisible();
		});
	}
});
