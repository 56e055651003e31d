import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, pathIn, type Locale } from '../../src/lib/locales.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { TOWN_PORT } from '../../playwright.config.ts';

const site = loadSiteConfig();
/** The share line of each language, straight from its UI strings, so the test does not reuse the code it checks. */
const shareLine = (locale: Locale, title: string, siteName = site.name) =>
	(JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as { share: { text: string } }).share.text.replace('{{name}}', siteName).replace('{{title}}', title);

/** The page's title and full address in its own language, as the reader sees them. */
async function expectedMessage(page: Page, locale: Locale, path: string) {
	const title = (await page.locator('main h1').innerText()).trim();
	const url = new URL(pathIn(locale, path), site.url).href;
	return { title, text: shareLine(locale, title), url };
}

async function whatsappText(page: Page) {
	const link = page.locator('[data-share] a');
	await expect(link).toBeVisible();
	const href = (await link.getAttribute('href')) ?? '';
	expect(href.startsWith('https://wa.me/?text=')).toBe(true);
	return new URL(href).searchParams.get('text');
}

const TOPIC = '/baby/koorts/';
const OTHER_PAGES = ['/zwanger/week/20/', '/cafe/', '/hulp/113-zelfmoordpreventie/'];

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const locale of LOCALES) {
		test(`${pathIn(locale, TOPIC)}: "Deel" is a WhatsApp link with the title and address in ${locale}`, async ({ page }) => {
			await page.goto(pathIn(locale, TOPIC));
			const expected = await expectedMessage(page, locale, TOPIC);
			expect(await whatsappText(page)).toBe(`${expected.text}\n${expected.url}`);
			await expect(page.locator('[data-share] button')).toHaveCount(2);
			for (const button of await page.locator('[data-share] button').all()) await expect(button).toBeHidden();
		});
	}

	test('a café place’s page (second town) shares its own address, in Arabic too', async ({ page }) => {
		await page.goto(`http://127.0.0.1:${TOWN_PORT}/ar/cafe/strandhuis/`);
		const title = (await page.locator('main h1').innerText()).trim();
		expect(await whatsappText(page)).toBe(`${shareLine('ar', title, 'Kleintje')}\nhttps://kleintje.example.org/ar/cafe/strandhuis/`);
	});

	for (const path of OTHER_PAGES) {
		test(`${path} has the WhatsApp link too`, async ({ page }) => {
			await page.goto(path);
			const expected = await expectedMessage(page, 'nl', path);
			expect(await whatsappText(page)).toBe(`${expected.text}\n${expected.url}`);
		});
	}
});

test.describe('with the phone’s share sheet', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			Object.assign(window, { shared });
			Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
		});
	});

	for (const locale of LOCALES) {
		test(`${pathIn(locale, TOPIC)}: "Deel" opens the share sheet with the title, text and address in ${locale}`, async ({ page }) => {
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			await page.goto(pathIn(locale, TOPIC));
			const expected = await expectedMessage(page, locale, TOPIC);
			await expect(page.locator('[data-share] a')).toBeHidden();
			const before = requests.length;
			await page.locator('[data-share-native]').click();
			expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([expected]);
			expect(requests.slice(before), 'requests made by tapping "Deel"').toEqual([]);
		});
	}

	for (const path of OTHER_PAGES) {
		test(`${path} shares its own title and address`, async ({ page }) => {
			await page.goto(path);
			const expected = await expectedMessage(page, 'nl', path);
			await page.locator('[data-share-native]').click();
			expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([expected]);
		});
	}
});

test.describe('without a share sheet', () => {
	test.beforeEach(async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.addInitScript(() => {
			delete (Navigator.prototype as { share?: unknown }).share;
		});
	});

	for (const locale of LOCALES) {
		test(`${pathIn(locale, TOPIC)}: WhatsApp and "copy link" are there, and copying says so in ${locale}`, async ({ page }) => {
			await page.goto(pathIn(locale, TOPIC));
			const expected = await expectedMessage(page, locale, TOPIC);
			expect(await whatsappText(page)).toBe(`${expected.text}\n${expected.url}`);
			await expect(page.locator('[data-share-native]')).toBeHidden();
			const copy = page.locator('[data-share-copy]');
			await copy.click();
			const copied = (JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as { share: { copied: string } }).share.copied;
			await expect(page.getByRole('status').filter({ hasText: copied })).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.url);
		});
	}
});
