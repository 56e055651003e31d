import { expect } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { checkPage, PAGE_CHECKS, testWithSharedPage } from '../support/shared-page.ts';
import { ALL_PATHS } from '../support/sitemap.ts';

const test = testWithSharedPage();

test.describe('every page in the sitemap', () => {
	for (const path of ALL_PATHS) test(`${path}: ${PAGE_CHECKS}`, ({ shared }) => checkPage(shared, path));
});

test('the axe check finds a violation when there is one', async ({ shared: { page } }) => {
	await page.goto('/');
	await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/"></a>'));
	const violations = await axeViolations(page);
	expect(violations.map((v) => v.split(':')[0]).sort()).toEqual(['image-alt', 'link-name']);
});
