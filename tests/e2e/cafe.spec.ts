import { expect } from '@playwright/test';
import { TOWN_PORT } from '../../playwright.config.ts';
import { sitemapPaths, TOWN_DIST } from '../support/dist.ts';
import { checkPage, PAGE_CHECKS, testWithSharedPage } from '../support/shared-page.ts';

// Heerlen has no café data yet, so the café pages are checked on the second town, built with SJPRUUT_TODAY=2027-03-15.
const TOWN = `http://127.0.0.1:${TOWN_PORT}`;
const test = testWithSharedPage({ baseURL: TOWN });
test.use({ baseURL: TOWN });
const CAFE_PATHS = sitemapPaths(TOWN_DIST).filter((path) => /^\/([a-z]{2}\/)?cafe\//.test(path));

test.describe('every café page of the second town', () => {
	test('there are café pages in every language', () => {
		expect(CAFE_PATHS.length).toBeGreaterThanOrEqual(5 * 5);
	});
	for (const path of CAFE_PATHS) {
		test(`${path}: ${PAGE_CHECKS}`, async ({ shared }) => {
			await shared.page.clock.setFixedTime(new Date('2027-03-15T12:00:00Z'));
			await checkPage(shared, path);
		});
	}
});

test.describe('past sessions, by the phone’s clock', () => {
	const upcoming = (page: import('@playwright/test').Page) => page.locator('.sessions__list > li:visible time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')?.slice(0, 10)));

	test('a session that has ended is hidden, and the next café moves on', async ({ shared: { page } }) => {
		await page.clock.setFixedTime(new Date('2027-03-17T12:00:00Z'));
		await page.goto('/cafe/strandhuis/');
		expect((await upcoming(page))[0]).toBe('2027-03-23');
		await page.goto('/cafe/');
		await expect(page.locator('.next-cafe .session:visible time')).toHaveAttribute('datetime', '2027-03-18T14:00:00+01:00');
	});

	test('when every listed date has passed, the page says so', async ({ shared: { page } }) => {
		await page.clock.setFixedTime(new Date('2028-01-01T12:00:00Z'));
		await page.goto('/cafe/strandhuis/');
		expect(await upcoming(page)).toEqual([]);
		await expect(page.getByText('Deze data zijn voorbij. Kijk later nog eens op deze pagina.')).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every date still shows, with "Zet in agenda" links', async ({ page }) => {
		await page.goto('/cafe/strandhuis/');
		await expect(page.locator('.sessions__list > li')).toHaveCount(12);
		await expect(page.getByRole('link', { name: 'Zet in agenda' }).first()).toHaveAttribute('href', '/cafe/strandhuis/2027-03-16.ics');
	});
});
