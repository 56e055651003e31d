import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TOWN_PORT } from '../../playwright.config.ts';

test.describe('languages', () => {
	for (const [path, lang, dir] of [
		['/', 'nl', 'ltr'],
		['/en/', 'en', 'ltr'],
		['/ar/', 'ar', 'rtl'],
		['/tr/', 'tr', 'ltr'],
		['/pl/', 'pl', 'ltr'],
	] as const) {
		test(`${path} declares lang="${lang}" dir="${dir}"`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
		});
	}

	test('Arabic mirrors: the site name sits on the right and the urgent link on the left', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/ar/');
		const name = await page.locator('.site-name').boundingBox();
		const urgent = await page.locator('.urgent-link').boundingBox();
		expect(name && urgent && name.x > urgent.x).toBe(true);
	});

	test('the language switcher goes to the same page in the other language', async ({ page }) => {
		await page.goto('/over/');
		await page.locator('.language-switcher summary').click();
		await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/over\/$/);
		await page.locator('.language-switcher summary').click();
		await page.locator('.language-switcher').getByRole('link', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/ar\/over\/$/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});

	test('every page lists hreflang alternates for its real translations and x-default', async ({ page }) => {
		await page.goto('/en/over/');
		const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
		expect(hreflangs).toEqual(expect.arrayContaining(['nl', 'en', 'x-default']));
	});

	// Every national page is translated, so this is the second town's own version of a national page, in Dutch only.
	test('a page that exists only in Dutch says so in the reader’s language', async ({ page }) => {
		await page.goto(`http://127.0.0.1:${TOWN_PORT}/pl/baby/consultatiebureau/`);
		await expect(page.getByRole('note')).toContainText('Tej strony nie ma jeszcze w twoim języku');
		await expect(page.locator('article').first()).toHaveAttribute('lang', 'nl');
		const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
		expect(hreflangs).not.toContain('pl');
	});
});

test.describe('urgent help', () => {
	test('/direct-hulp/ lists the urgent numbers as tel: links', async ({ page }) => {
		await page.goto('/direct-hulp/');
		const targets = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
		expect(targets).toEqual(expect.arrayContaining(['tel:112', 'tel:+318002000', 'tel:+318000113']));
	});

	for (const locale of ['', '/ar', '/tr', '/pl']) {
		test(`${locale || '/nl'}: phone numbers on the call buttons stay on one line, and could break only between digit groups`, async ({ page }) => {
			await page.goto(`${locale}/direct-hulp/`);
			const numbers = page.locator('.call-button .phone-number');
			expect(await numbers.count()).toBeGreaterThanOrEqual(3);
			for (const number of await numbers.all()) {
				const groups = await number.locator(':scope > span').evaluateAll((spans) =>
					spans.map((span) => ({ text: span.textContent ?? '', nowrap: getComputedStyle(span).whiteSpace === 'nowrap', top: span.getBoundingClientRect().top })),
				);
				expect(groups.length, await number.innerText()).toBeGreaterThanOrEqual(1);
				for (const group of groups) expect(group.text, group.text).toMatch(/^\d+$/);
				expect(groups.every((group) => group.nowrap)).toBe(true);
				expect(new Set(groups.map((group) => group.top)).size, `${await number.innerText()} on one line at normal text size`).toBe(1);
			}
		});
	}

	test('the Direct hulp link leads there from a topic page in one tap', async ({ page }) => {
		await page.goto('/baby/huilen/');
		await page.locator('.urgent-link').click();
		await expect(page).toHaveURL(/\/direct-hulp\/$/);
	});
});

test.describe('design for the users', () => {
	test('body text is at least 18 px', async ({ page }) => {
		await page.goto('/baby/huilen/');
		const size = await page.locator('main p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		expect(size).toBeGreaterThanOrEqual(18);
	});

	test('menu links, the urgent link and buttons are at least 44 × 44 px', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('/');
		await page.locator('.language-switcher summary').click();
		const targets = page.locator('.main-nav a, .urgent-link, .language-switcher summary, .language-switcher a, main .button');
		expect(await targets.count()).toBeGreaterThan(10);
		for (const target of await targets.all()) {
			const box = await target.boundingBox();
			expect(box?.height, await target.innerText()).toBeGreaterThanOrEqual(44);
			expect(box?.width, await target.innerText()).toBeGreaterThanOrEqual(44);
		}
	});

	test('keyboard focus is visible', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).toBe('solid');
	});

	test('printing hides the header and footer', async ({ page }) => {
		await page.goto('/baby/huilen/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.locator('main h1')).toBeVisible();
	});

	test('a glossary word opens its explanation without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/zwanger/eerste-afspraak-verloskundige/');
		const word = page.locator('button.begrip').first();
		const explanation = page.locator(`#${await word.getAttribute('popovertarget')}`);
		await expect(explanation).toBeHidden();
		await word.click();
		await expect(explanation).toBeVisible();
		await context.close();
	});
});

test('a missing page gets the 404 page, which passes axe', async ({ page }) => {
	const response = await page.goto('/bestaat-niet/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	const switcher = await page.locator('.language-switcher a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(switcher).toEqual(['/en/', '/ar/', '/tr/', '/pl/']);
});
