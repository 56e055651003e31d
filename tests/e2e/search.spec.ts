import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects page errors and console errors, so a test can say there were none. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	return errors;
}

async function search(page: Page, path: string, query: string) {
	await page.goto(path);
	await page.getByRole('searchbox').fill(query);
	await expect(page.getByRole('status')).not.toHaveText(/^$|…$/, { timeout: 15_000 });
}

const resultLinks = (page: Page) => page.locator('.search__results li > a');

test.describe('search', () => {
	test('Dutch: "borstvoeding" finds the breastfeeding topic and the lactation-help entry', async ({ page }) => {
		const errors = watchErrors(page);
		await search(page, '/zoeken/', 'borstvoeding');
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.slice(0, 3)).toEqual(expect.arrayContaining(['/baby/borstvoeding/', '/hulp/lactatiekundige-nvl/']));
		const topic = page.locator('.search__results li').filter({ has: page.locator('a[href="/baby/borstvoeding/"]') });
		await expect(topic.locator('.search__badges')).toHaveText('Informatie · Baby (0 tot 1 jaar)');
		const help = page.locator('.search__results li').filter({ has: page.locator('a[href="/hulp/lactatiekundige-nvl/"]') });
		await expect(help.locator('.search__badges')).toHaveText('Hulp');
		expect(errors).toEqual([]);
	});

	for (const [query, topic] of [
		['borstvoeding', '/baby/borstvoeding/'],
		['kinderbijslag', '/baby/kinderbijslag-en-toeslagen/'],
	]) {
		test(`Dutch: "${query}" puts the topic page about it first`, async ({ page }) => {
			await search(page, '/zoeken/', query);
			await expect(resultLinks(page).first()).toHaveAttribute('href', topic);
		});
	}

	test('Dutch: a term that only a help entry uses, "woonurgentie", finds that entry', async ({ page }) => {
		await search(page, '/zoeken/', 'woonurgentie');
		await expect(resultLinks(page).first()).toHaveAttribute('href', '/hulp/woonurgentie-heerlen/');
	});

	test('Dutch: an inflection, "huilende baby", still finds the crying page', async ({ page }) => {
		await search(page, '/zoeken/', 'huilende baby');
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.slice(0, 3)).toContain('/baby/huilen/');
	});

	test('Dutch: a term only on the urgent-help page finds it', async ({ page }) => {
		await search(page, '/zoeken/', 'Veilig Thuis');
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/direct-hulp/');
	});

	test('English: "breastfeeding" finds the English page and no Dutch pages', async ({ page }) => {
		await search(page, '/en/zoeken/', 'breastfeeding');
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toContain('/en/baby/borstvoeding/');
		expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
	});

	test('Arabic: a word from an Arabic page finds it, in a right-to-left layout', async ({ page }) => {
		await page.goto('/ar/baby/huilen/');
		const title = await page.locator('h1').innerText();
		await search(page, '/ar/zoeken/', title.split(/\s+/).slice(0, 2).join(' '));
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/ar/baby/huilen/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		expect(await page.locator('.search__results').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
	});

	test('filters narrow the results to one phase and one kind', async ({ page }) => {
		await search(page, '/zoeken/', 'verloskundige');
		const count = async () => Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0]);
		const all = await count();
		await page.getByLabel('Fase').selectOption('zwanger');
		await expect(page.getByRole('status')).not.toHaveText(`${all} resultaten`);
		const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(await count()).toBeLessThan(all);
		expect(hrefs.every((href) => href.startsWith('/zwanger/'))).toBe(true);
		await page.getByLabel('Soort').selectOption('hulp');
		await expect(page.getByRole('status')).toHaveText('0 resultaten');
	});

	test('?q= in the URL runs the query, and typing updates it so a search can be shared', async ({ page }) => {
		await page.goto('/zoeken/?q=kinderbijslag');
		await expect(page.getByRole('searchbox')).toHaveValue('kinderbijslag');
		await expect(resultLinks(page).first()).toBeVisible();
		await page.getByRole('searchbox').fill('foliumzuur');
		await expect(page).toHaveURL(/\?q=foliumzuur$/);
	});

	test('keyboard only: open search from the header, type, arrow to a result, Enter', async ({ page }) => {
		await page.goto('/');
		await page.locator('.main-nav a[href="/zoeken/"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/zoeken\/$/);
		await page.getByRole('searchbox').focus();
		await page.keyboard.type('foliumzuur');
		await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
		await page.keyboard.press('ArrowDown');
		await expect(resultLinks(page).first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/zwanger-worden\/foliumzuur\/$/);
	});

	test('axe finds 0 violations with results open, and the CSP is not violated', async ({ page }) => {
		const errors = watchErrors(page);
		await search(page, '/zoeken/', 'slapen');
		await expect(resultLinks(page).first()).toBeVisible();
		const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
	});

	test('the CSP allows Pagefind through wasm-unsafe-eval and nothing more', async ({ page }) => {
		await page.goto('/zoeken/');
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
	});

	test('nothing found offers urgent help, the help directory and the phase overviews', async ({ page }) => {
		await search(page, '/zoeken/', 'xqzwvk');
		await expect(page.getByText('Niets gevonden voor “xqzwvk”.')).toBeVisible();
		const panel = page.locator('.panel--sun');
		await expect(panel.getByRole('link', { name: 'Direct hulp' })).toHaveAttribute('href', '/direct-hulp/');
		await expect(panel.getByRole('link', { name: 'Hulp in de buurt' })).toHaveAttribute('href', '/hulp/');
		expect(await panel.getByRole('link').count()).toBe(8);
	});

	test('the page loads no search index until someone searches', async ({ page }) => {
		const pagefindRequests: string[] = [];
		page.on('request', (request) => request.url().includes('/pagefind/') && pagefindRequests.push(request.url()));
		await page.goto('/zoeken/');
		await page.waitForLoadState('networkidle');
		expect(pagefindRequests).toEqual([]);
		await page.getByRole('searchbox').fill('baby');
		await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
		expect(pagefindRequests.length).toBeGreaterThan(0);
	});
});

test.describe('search with bad input', () => {
	test('an empty query shows no results and no error', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/zoeken/?q=');
		await page.getByRole('searchbox').fill('   ');
		await page.getByRole('button', { name: 'Zoek' }).click();
		await expect(page.locator('.search__results')).toHaveCount(0);
		await expect(page.getByRole('status')).toHaveText('');
		expect(errors).toEqual([]);
	});

	test('a 500-character query is cut short and answered calmly', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(`/zoeken/?q=${'baby '.repeat(100)}`);
		await expect(page.getByRole('status')).toHaveText(/resultat/, { timeout: 15_000 });
		expect((await page.getByRole('searchbox').inputValue()).length).toBeLessThanOrEqual(120);
		expect(errors).toEqual([]);
	});

	test('HTML or script in the query is shown as text and never runs', async ({ page }) => {
		const errors = watchErrors(page);
		let dialog = false;
		page.on('dialog', async (d) => ((dialog = true), await d.dismiss()));
		const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		await page.goto(`/zoeken/?q=${encodeURIComponent(attack)}`);
		await expect(page.getByRole('status')).not.toHaveText(/^$|…$/, { timeout: 15_000 });
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('alert(')).length)).toBe(0);
		await expect(page.getByRole('searchbox')).toHaveValue(attack);
		await expect(page.locator('.panel--sun p').first()).toContainText('<img src=x onerror=alert(1)>');
		expect(dialog).toBe(false);
		expect(errors).toEqual([]);
	});

	test('a query in the wrong script finds nothing, calmly', async ({ page }) => {
		const errors = watchErrors(page);
		await search(page, '/en/zoeken/', 'رضاعة');
		await expect(page.getByText('Nothing found for “رضاعة”.')).toBeVisible();
		expect(errors).toEqual([]);
	});
});
