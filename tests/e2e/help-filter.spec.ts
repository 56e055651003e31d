import { expect, test, type Page } from '@playwright/test';
import { TOWN_PORT } from '../../playwright.config.ts';
import { instantOfWallClock } from '../../src/lib/dates.ts';
import { axeViolations, loadAxeIn } from '../support/axe.ts';

/** The ids of the help entries a parent sees in the list right now. */
const visibleEntries = (page: Page) => page.locator('#help-list > li:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.helpId));

/** A Dutch wall-clock time in the week the second town is built for (SJPRUUT_TODAY=2027-03-15, a Monday). */
const townTime = (date: string, hour: number) => new Date(instantOfWallClock(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, 0));
const WEDNESDAY = '2027-03-24';
const SATURDAY = '2027-03-27';

test.describe('the help filter on the real site', () => {
	test('by keyboard, "Gratis" is at most 10 Tab stops from the top of the main content', async ({ page }) => {
		await page.goto('/hulp/');
		await expect(page.getByRole('status')).toHaveText(/plekken/);
		await page.locator('main').focus();
		const free = page.getByLabel('Gratis');
		let tabs = 0;
		while (tabs < 40 && !(await free.evaluate((el) => el === document.activeElement))) {
			tabs += 1;
			await page.keyboard.press('Tab');
			// The way a keyboard user skips the category tiles: the link to the list and its filter.
			if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Direct naar alle hulp en het filter') await page.keyboard.press('Enter');
		}
		expect(tabs).toBeLessThanOrEqual(10);
	});

	test('a word narrows the list, the count is announced, the link can be shared, and "clear" brings all back', async ({ page }) => {
		await page.goto('/hulp/');
		const all = (await visibleEntries(page)).length;
		expect(all).toBeGreaterThanOrEqual(20);
		await expect(page.getByRole('status')).toHaveText(`${all} van de ${all} plekken`);

		await page.getByLabel('Zoek op een woord').fill('voedselpakket');
		await expect.poll(() => visibleEntries(page)).toEqual(['voedselbank-limburg-zuid']);
		await expect(page.getByRole('status')).toHaveText(`1 van de ${all} plekken`);
		expect(new URL(page.url()).search).toBe('?q=voedselpakket');

		await page.reload();
		await expect(page.getByLabel('Zoek op een woord')).toHaveValue('voedselpakket');
		await expect.poll(() => visibleEntries(page)).toEqual(['voedselbank-limburg-zuid']);

		await page.getByRole('button', { name: 'Wis je keuzes' }).click();
		await expect.poll(async () => (await visibleEntries(page)).length).toBe(all);
		expect(new URL(page.url()).search).toBe('');
	});

	test('a need and a phase together keep only the services for both', async ({ page }) => {
		await page.goto('/hulp/?nodig=geld-en-schulden&fase=zwanger');
		await expect(page.getByLabel('Hulp bij')).toHaveValue('geld-en-schulden');
		const shown = await visibleEntries(page);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown).toContain('geldfit');
		expect(shown).not.toContain('voedselbank-limburg-zuid');
	});

	test('nothing found gets a calm message and a way back', async ({ page }) => {
		await page.goto('/en/hulp/');
		await page.getByLabel('Search for a word').fill('zzzz-no-such-word');
		await expect(page.getByRole('status')).toHaveText('Nothing found. Remove a choice.');
		expect(await visibleEntries(page)).toEqual([]);
		await page.getByRole('button', { name: 'Clear your choices' }).click();
		expect((await visibleEntries(page)).length).toBeGreaterThan(0);
	});

	test('a hand-made link with values that are not on offer shows the full list', async ({ page }) => {
		await page.goto('/hulp/?nodig=%3Cscript%3E&taal=klingon&fase=42');
		await expect(page.getByLabel('Hulp bij')).toHaveValue('all');
		expect((await visibleEntries(page)).length).toBeGreaterThanOrEqual(20);
	});

	test('the filter passes axe in Arabic, right to left', async ({ browser }) => {
		const context = await browser.newContext();
		await loadAxeIn(context);
		const page = await context.newPage();
		await page.goto('/ar/hulp/?gratis=1');
		await expect(page.getByRole('search')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

test.describe('the help filter in a town whose services speak Arabic', () => {
	test.use({ baseURL: `http://127.0.0.1:${TOWN_PORT}` });

	test('"free + Arabic spoken + open now" on a Wednesday morning keeps the weekday language café and the 24/7 line', async ({ page }) => {
		await page.clock.setFixedTime(townTime(WEDNESDAY, 10));
		await page.goto('/ar/hulp/');
		await page.getByLabel('مجاناً').check();
		await page.getByLabel('يتحدثون').selectOption('ar');
		await page.getByLabel('مفتوح الآن').check();
		await expect.poll(() => visibleEntries(page)).toEqual(['hulplijn', 'taalcafe']);
		await expect(page.getByRole('status')).toHaveText('الأماكن المعروضة: 2 من 6');
		expect(new URL(page.url()).search).toBe('?taal=ar&gratis=1&nu-open=1');
	});

	test('the same shared link on a Saturday morning keeps the Saturday drop-in and the 24/7 line', async ({ page }) => {
		await page.clock.setFixedTime(townTime(SATURDAY, 11));
		await page.goto('/hulp/?taal=ar&gratis=1&nu-open=1');
		await expect.poll(() => visibleEntries(page)).toEqual(['hulplijn', 'zaterdagspreekuur']);
	});

	test('on a Wednesday evening only the 24/7 line is open', async ({ page }) => {
		await page.clock.setFixedTime(townTime(WEDNESDAY, 20));
		await page.goto('/hulp/?nu-open=1');
		await expect.poll(() => visibleEntries(page)).toEqual(['hulplijn', 'nachtlijn']);
	});

	test('long after the build, "open now" says it cannot tell instead of guessing', async ({ page }) => {
		await page.clock.setFixedTime(townTime('2028-03-15', 10));
		await page.goto('/hulp/?nu-open=1');
		await expect(page.getByRole('status')).toHaveText('We weten nu niet welke plekken open zijn. Kijk op de website of bel.');
	});
});
