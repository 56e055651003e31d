import { expect } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { testWithSharedPage } from '../support/shared-page.ts';
import { ALL_PATHS } from '../support/sitemap.ts';

const test = testWithSharedPage();

test.describe('every page in the sitemap', () => {
	for (const path of ALL_PATHS) {
		test(`${path}: 0 axe violations, no request off-site, no cookie, 0 CSP violations, no horizontal scroll at 320 px`, async ({ shared }) => {
			const { page, context } = shared;
			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), `${path} status`).toBe(200);

			expect(await axeViolations(page), `${path}: axe violations`).toEqual([]);

			await page.setViewportSize({ width: 320, height: 700 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${path}: pixels of horizontal scroll at 320 px`).toBeLessThanOrEqual(0);

			expect(shared.offSite, `${path}: requests to other origins`).toEqual([]);
			expect(await context.cookies(), `${path}: cookies`).toEqual([]);
			expect(await page.evaluate(() => document.cookie)).toBe('');
			expect(shared.cspErrors, `${path}: CSP violations`).toEqual([]);
		});
	}
});

test('the axe check finds a violation when there is one', async ({ shared: { page } }) => {
	await page.goto('/');
	await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/"></a>'));
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.split(':')[0]).sort()).toEqual(['image-alt', 'link-name']);
});
