import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('Mijn fase', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
	});

	test('a due date 17 weeks away shows week 23, the pages for that week and what comes next', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De uitgerekende datum').check();
		await page.getByLabel('Datum', { exact: true }).fill('2027-03-22');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Je bent 23 weken zwanger' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'De kinkhoestprik (22 wekenprik)' }).first()).toBeVisible();
		const timeline = page.locator('.timeline li');
		expect(await timeline.count()).toBeGreaterThan(0);
		await expect(timeline.first().locator('time')).toHaveAttribute('datetime', /^202[67]-/);
		const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
	});

	test('a birth date shows the child’s age in the reader’s language', async ({ page }) => {
		await page.goto('/pl/mijn-fase/');
		await page.getByLabel('Data urodzenia dziecka').check();
		await page.getByLabel('Data', { exact: true }).fill('2026-04-22');
		await page.getByRole('button', { name: 'Pokaż' }).click();
		await expect(page.locator('.my-phase__result h2')).toHaveText('Twoje dziecko ma 7 miesięcy');
	});

	test('a birth date in the future gets a calm message, not a negative age', async ({ page }) => {
		await page.goto('/ar/mijn-fase/');
		await page.getByLabel('تاريخ ميلاد طفلك').check();
		await page.getByLabel('التاريخ', { exact: true }).fill('2027-01-01');
		await page.getByRole('button', { name: 'اعرضوا' }).click();
		await expect(page.getByRole('alert')).toHaveText('هذا التاريخ في المستقبل. اختاروا اليوم أو يوماً قبله.');
		await expect(page.locator('.my-phase__result')).toHaveCount(0);
	});

	test('an empty date gets a message instead of a crash', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/mijn-fase/');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await expect(page.getByRole('alert')).toHaveText('Dit is geen datum. Kies een datum in de kalender.');
		expect(errors).toEqual([]);
	});

	test('the date is stored only after opting in, and "forget" removes it', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De geboortedatum van je kind').check();
		await page.getByLabel('Datum', { exact: true }).fill('2026-10-01');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Je baby is 7 weken oud' })).toBeVisible();
		expect(await page.evaluate(() => localStorage.length)).toBe(0);

		await page.getByLabel('Onthoud deze datum op deze telefoon').check();
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('mijn-fase') ?? 'null'))).toEqual({ known: 'birthDate', value: '2026-10-01' });

		await page.reload();
		await expect(page.getByRole('heading', { level: 2, name: 'Je baby is 7 weken oud' })).toBeVisible();

		await page.getByRole('button', { name: 'Vergeet mijn datum' }).click();
		await expect(page.getByText('Je datum is vergeten.')).toBeVisible();
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
	});

	test('a milestone that links to a page carries that page’s own title', async ({ page, request }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De uitgerekende datum').check();
		await page.getByLabel('Datum', { exact: true }).fill('2027-06-07');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Je bent 12 weken zwanger' })).toBeVisible();
		const links = await page.locator('.timeline a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
		expect(links.map((l) => l.href)).toContain('/zwanger/twintig-weken-echo/');
		for (const link of links) {
			const html = await (await request.get(link.href)).text();
			const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();
			expect(link.text, link.href).toBe(h1);
		}
	});

	test('a corrupted stored value is ignored', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.evaluate(() => localStorage.setItem('mijn-fase', '{not json'));
		await page.reload();
		await expect(page.getByRole('button', { name: 'Laat zien' })).toBeVisible();
		await expect(page.locator('.my-phase__result')).toHaveCount(0);
	});
});

test('without JavaScript, Mijn fase says what it needs and that nothing is sent, and shows the phase links', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/mijn-fase/');
	// Playwright's text search skips <noscript>, so the note is found by its place.
	const note = page.locator('main noscript p');
	await expect(note).toBeVisible();
	await expect(note).toContainText('Deze hulp werkt alleen met JavaScript.');
	await expect(note).toContainText('Er gaat niets naar ons of naar anderen.');
	await expect(page.getByRole('button', { name: 'Laat zien' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Zwanger', exact: true }).last()).toBeVisible();
	expect(await page.locator('main .cards a').count()).toBe(6);
	await context.close();
});
