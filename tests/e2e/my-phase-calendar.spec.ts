import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Which group each milestone belongs to, read from the content. */
const groupOf = new Map((parse(readFileSync('content/nationaal/mijlpalen.yaml', 'utf8')) as { id: string; group: string }[]).map((m) => [m.id, m.group]));

/** Clicks the button, captures the file the phone makes, and reads it as a calendar app would. */
async function downloadCalendar(page: Page, button: string) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	expect(download.suggestedFilename()).toBe('mijn-fase.ics');
	const text = readFileSync((await download.path())!, 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	return { text, events, idOf: (event: ICAL.Event) => event.uid.replace(/-\d{8}@.*$/, '') };
}

test.describe('Mijn fase: this week and the calendar file', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
	});

	test('during pregnancy it shows this week’s page in short, with links to this week and the next', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De uitgerekende datum').check();
		await page.getByLabel('Datum', { exact: true }).fill('2027-03-22');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		const week = page.locator('.my-phase__week');
		await expect(week.getByRole('heading', { level: 3 })).toHaveText('Deze week: week 23');
		await expect(week).toContainText('Zwanger van 23 weken');
		await expect(week.getByRole('heading', { level: 4, name: 'Je baby' })).toBeVisible();
		await expect(week.getByRole('link', { name: 'Lees alles over week 23' })).toHaveAttribute('href', '/zwanger/week/23/');
		await expect(week.getByRole('link', { name: 'Volgende: week 24' })).toHaveAttribute('href', '/zwanger/week/24/');
	});

	test('the week links point to the pages in the reader’s language', async ({ page }) => {
		await page.goto('/tr/mijn-fase/');
		await page.locator('input[type=radio][value=dueDate]').check();
		await page.locator('input[type=date]').fill('2027-03-22');
		await page.getByRole('button', { name: 'Göster' }).click();
		const week = page.locator('.my-phase__week');
		await expect(week.getByRole('link', { name: '23. hafta hakkında her şeyi okuyun' })).toHaveAttribute('href', '/tr/zwanger/week/23/');
	});

	test('"Zet in mijn agenda" makes a calendar file on the phone with only the chosen groups', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De uitgerekende datum').check();
		await page.getByLabel('Datum', { exact: true }).fill('2027-03-22');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await page.getByLabel("Zwangerschap: afspraken en echo's").uncheck();
		await page.getByLabel('Gezondheid van je baby: consultatiebureau en testjes').uncheck();
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const { text, events, idOf } = await downloadCalendar(page, 'Zet in mijn agenda');
		expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
		expect(text).toContain('DTSTAMP:20261123T090000Z');
		const groups = new Set(events.map((event) => groupOf.get(idOf(event))));
		expect([...groups].sort()).toEqual(['geld-en-papieren', 'vaccinaties']);
		const whoopingCough = events.find((event) => idOf(event) === 'kinkhoestprik');
		expect(whoopingCough, 'week 22 is over at week 23').toBeUndefined();
		const leave = events.find((event) => idOf(event) === 'zwangerschapsverlof')!;
		expect(leave.summary).toBe('Uiterlijk begin zwangerschapsverlof');
		expect(leave.startDate.toString()).toBe('2027-02-22'); // week 36 = 4 weeks before the due date
		await expect(page.getByRole('link', { name: /Het bestand staat klaar/ })).toBeVisible();
	});

	test('the calendar file is in Arabic for an Arabic reader, from a birth date', async ({ page }) => {
		await page.goto('/ar/mijn-fase/');
		await page.getByLabel('تاريخ ميلاد طفلك').check();
		await page.getByLabel('التاريخ', { exact: true }).fill('2026-10-01');
		await page.getByRole('button', { name: 'اعرضوا' }).click();
		for (const group of ['الحمل: المواعيد وفحوص الموجات فوق الصوتية', 'صحة طفلكم: الـ consultatiebureau والفحوص', 'المال والأوراق']) await page.getByLabel(group).uncheck();
		const { events, idOf } = await downloadCalendar(page, 'أضيفوا إلى تقويمي');
		expect(new Set(events.map((event) => groupOf.get(idOf(event))))).toEqual(new Set(['vaccinaties']));
		const rotavirus = events.find((event) => idOf(event) === 'prikken-3-maanden')!;
		expect(rotavirus.summary).toBe('تطعيمات وقطرات فيروس الروتا');
		expect(rotavirus.startDate.toString()).toBe('2027-01-01');
		expect(rotavirus.description).toContain('/ar/baby/vaccinaties/');
	});

	test('with no group left to fill, it says so calmly and makes no file', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De geboortedatum van je kind').check();
		await page.getByLabel('Datum', { exact: true }).fill('2026-10-01');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		for (const group of ['Prikken', 'Geld en papieren', 'Gezondheid van je baby: consultatiebureau en testjes']) await page.getByLabel(group).uncheck();
		let downloads = 0;
		page.on('download', () => downloads++);
		await page.getByRole('button', { name: 'Zet in mijn agenda' }).click();
		await expect(page.getByText('Er komt niets meer in de groepen die je koos.')).toBeVisible();
		expect(downloads).toBe(0);
	});

	test('a date that cannot be used gives the calm message and no calendar button', async ({ page }) => {
		await page.goto('/mijn-fase/');
		await page.getByLabel('De uitgerekende datum').check();
		await page.getByLabel('Datum', { exact: true }).fill('2028-06-01');
		await page.getByRole('button', { name: 'Laat zien' }).click();
		await expect(page.getByRole('alert')).toHaveText('Deze datum is meer dan 40 weken weg. Klopt de datum?');
		await expect(page.getByRole('button', { name: 'Zet in mijn agenda' })).toHaveCount(0);
	});
});
