import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { TOWN_PORT } from '../../playwright.config.ts';
import { cafeLocation } from '../../src/schemas/cafe.ts';
import { topicPage } from '../../src/schemas/content.ts';
import { helpService } from '../../src/schemas/hulp.ts';
import { buildFixture, cleanUp, TOWN_FIXTURE } from '../support/fixture-build.ts';

// An editor of the second town works in /admin/ with Sveltia's local-repository mode, on the built town
// (npm run build:town). Playwright cannot drive the real folder picker, so the page gets an Origin Private File
// System folder holding a copy of the town's files, as if it were the checked-out repository.
const TOWN = `http://127.0.0.1:${TOWN_PORT}`;
const REPOSITORY = 'repository';

/** The town's files as the repository holds them: path from the repository root → text. */
const townFiles = Object.fromEntries(globSync('**/*.*', { cwd: TOWN_FIXTURE }).map((path) => [`${TOWN_FIXTURE}/${path}`, readFileSync(join(TOWN_FIXTURE, path), 'utf8')]));

/** Every file in the OPFS repository, by path. */
async function repositoryFiles(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async (name) => {
		const files: Record<string, string> = {};
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
			for await (const [entry, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
				if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
				else files[`${prefix}${entry}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
		return files;
	}, REPOSITORY);
}

async function seedRepository(page: Page, files: Record<string, string>): Promise<void> {
	await page.evaluate(
		async ({ name, files }) => {
			const opfs = await navigator.storage.getDirectory();
			await opfs.removeEntry(name, { recursive: true }).catch(() => undefined);
			const root = await opfs.getDirectoryHandle(name, { create: true });
			await root.getDirectoryHandle('.git', { create: true });
			for (const [path, text] of Object.entries(files)) {
				const parts = path.split('/');
				let dir = root;
				for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
				const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
				await writable.write(text);
				await writable.close();
			}
		},
		{ name: REPOSITORY, files },
	);
}

async function openCollection(page: Page, label: string): Promise<void> {
	await page.getByRole('treeitem', { name: label }).click();
}

/** Picks an option of a select field, and checks it shows in the preview (a click can land while the list opens). */
async function choose(page: Page, field: string, option: string): Promise<void> {
	const preview = page.getByRole('document', { name: 'Voorbeeld van de inhoud' });
	await expect(async () => {
		if (!(await preview.innerText()).includes(option)) {
			await page.getByRole('combobox', { name: field }).click();
			await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
		}
		expect(await preview.innerText()).toContain(option);
	}).toPass({ timeout: 20_000 });
}

/**
 * Fills a text field and waits until the CMS holds the value, as its preview shows: a new entry's form can still be
 * setting itself up when the first field is filled.
 */
async function fillField(page: Page, field: string, value: string): Promise<void> {
	const preview = page.getByRole('document', { name: 'Voorbeeld van de inhoud' });
	await expect(async () => {
		if (!(await preview.innerText()).includes(value)) await page.getByRole('textbox', { name: field, exact: true }).fill(value);
		expect(await preview.innerText()).toContain(value);
	}).toPass({ timeout: 20_000 });
}

/** Saves once the preview shows every text typed into the entry: the rich-text editor hands its text over a moment later. */
async function save(page: Page, ...texts: string[]): Promise<void> {
	const preview = page.getByRole('document', { name: 'Voorbeeld van de inhoud' });
	for (const text of texts) await expect(preview).toContainText(text);
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	try {
		await expect(page.getByRole('button', { name: 'Opslaan', exact: true })).toBeHidden({ timeout: 15_000 });
	} catch {
		const problems = await page.evaluate(() => [...document.querySelectorAll('[role=alert]')].map((a) => `${a.closest('section[role=group]')?.getAttribute('aria-label')}: ${a.textContent?.trim()}`));
		throw new Error(`the CMS did not save: ${problems.join('; ') || 'no message'}`);
	}
}

test.describe('editors work in /admin/ (Sveltia CMS, local repository)', () => {
	test.use({ baseURL: TOWN, locale: 'nl-NL', viewport: { width: 1400, height: 1000 }, actionTimeout: 20_000 });

	test('add a café place, change opening hours, add a topic with a glossary word: the files pass the schemas and the build', async ({ page, context }) => {
		test.setTimeout(600_000);
		const leftTheMachine: string[] = [];
		await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//, (route) => {
			leftTheMachine.push(route.request().url());
			return route.abort();
		});
		page.on('request', (request) => {
			if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url())) leftTheMachine.push(request.url());
		});
		const cspViolations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
		});
		await page.addInitScript((name) => {
			document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
			Object.defineProperty(window, 'showDirectoryPicker', { value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name) });
		}, REPOSITORY);

		await page.goto('/admin/');
		await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', 'noindex');
		await seedRepository(page, townFiles);
		await page.reload();
		await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
		await expect(page.getByRole('treeitem', { name: /Café: plekken/ })).toBeVisible();

		// 1. A new café place, every Wednesday morning.
		await openCollection(page, 'Café: plekken');
		await page.getByRole('button', { name: 'Nieuw item aanmaken' }).click();
		await fillField(page, 'Naam van de plek', 'Speeltuin De Duinen');
		await fillField(page, 'Wijk', 'Duinwijk');
		await fillField(page, 'Straat en huisnummer', 'Duinpad 3');
		await fillField(page, 'Postcode', '1234 CD');
		await fillField(page, 'Plaats', 'Zeestad');
		await page.getByRole('spinbutton', { name: 'Breedtegraad (lat)' }).fill('52.09');
		await page.getByRole('spinbutton', { name: 'Lengtegraad (lon)' }).fill('4.28');
		await page.getByRole('switch', { name: 'Zonder drempels of trappen' }).click();
		// The preview leaves out texts per language, so this one is checked in its own box.
		const whoIsThere = page.getByRole('textbox', { name: 'Nederlands', exact: true });
		await whoIsThere.fill('De jeugdverpleegkundige.');
		await expect(whoIsThere).toHaveValue('De jeugdverpleegkundige.');
		await fillField(page, 'Wanneer (herhaling)', 'FREQ=WEEKLY;BYDAY=WE');
		await page.getByRole('textbox', { name: 'Eerste datum' }).fill('2027-03-03');
		await fillField(page, 'Begintijd', '10:00');
		await fillField(page, 'Eindtijd', '11:30');
		await save(page, 'Speeltuin De Duinen', 'FREQ=WEEKLY;BYDAY=WE');

		// 2. New opening hours for a help entry.
		await openCollection(page, 'Hulp in de buurt');
		await page.getByText('Taalcafé Zeestad').first().click();
		await fillField(page, 'Openingstijden', 'Mo-Th 09:00-17:00; PH off');
		await save(page, 'Mo-Th 09:00-17:00; PH off');

		// 3. A Dutch topic page of the town's own, with a glossary word.
		await openCollection(page, 'Eigen onderwerpen');
		await page.getByRole('button', { name: 'Nieuw item aanmaken' }).click();
		await fillField(page, 'Titel', 'Samen naar de speeltuin');
		await fillField(page, 'Samenvatting', 'In de speeltuin ontmoet je andere ouders.');
		await choose(page, 'Fase', 'baby');
		await choose(page, 'Onderwerpen', 'ontwikkeling');
		await page.getByRole('button', { name: /Wanneer bel je\?.*toevoegen/ }).click();
		await fillField(page, 'Teken', 'Je kind valt en is suf. Bel meteen je huisarts.');
		await page.getByRole('button', { name: /Bronnen.*toevoegen/ }).click();
		await fillField(page, 'Naam van de bron', 'Thuisarts: Mijn kind is gevallen');
		await fillField(page, 'Webadres', 'https://www.thuisarts.nl/vallen-bij-kinderen');
		await page.getByRole('textbox', { name: 'Laatst nagekeken' }).fill('2026-11-20');
		// Fields further down are drawn when they scroll into view.
		await page.getByRole('switch', { name: 'Vervangt de landelijke pagina' }).hover();
		await page.mouse.wheel(0, 3000);
		await page.getByRole('button', { name: 'Invoegen' }).last().click();
		await page.getByRole('menuitem', { name: 'Wat is het?' }).click();
		const whatIsIt = page.getByRole('group', { name: 'Wat is het?' });
		await whatIsIt.locator('[role=textbox][contenteditable=true]').click();
		await page.keyboard.type('Ga samen naar de speeltuin. Daar zie je ook de ');
		await expect(whatIsIt.locator('[role=textbox][contenteditable=true]')).toContainText('Daar zie je ook de');
		await whatIsIt.getByRole('button', { name: 'Invoegen' }).click();
		await page.getByRole('menuitem', { name: /Begrip/ }).click();
		await page.getByRole('textbox', { name: 'Begrip uit de lijst' }).fill('consultatiebureau');
		await page.getByRole('textbox', { name: 'Woord zoals de lezer het ziet' }).fill('consultatiebureau');
		await page.getByRole('button', { name: 'Invoegen' }).first().click();
		await page.getByRole('menuitem', { name: 'Wat kun je zelf doen?' }).click();
		const whatToDo = page.getByRole('group', { name: 'Wat kun je zelf doen?' }).locator('[role=textbox][contenteditable=true]');
		await whatToDo.click();
		await page.keyboard.type('Neem water mee.');
		await expect(whatToDo).toContainText('Neem water mee.');
		await save(page, 'Samen naar de speeltuin', 'In de speeltuin ontmoet je andere ouders.', 'Daar zie je ook de', 'Neem water mee.');

		// The files as saved, compared with the town's files before.
		const after = await repositoryFiles(page);
		const changed = Object.fromEntries(Object.entries(after).filter(([path, text]) => path.startsWith(`${TOWN_FIXTURE}/`) && townFiles[path] !== text));
		const place = `${TOWN_FIXTURE}/cafe/locaties/speeltuin-de-duinen.yaml`;
		const help = `${TOWN_FIXTURE}/hulp/taalcafe.yaml`;
		const topic = `${TOWN_FIXTURE}/fasen/nl/baby/samen-naar-de-speeltuin.mdx`;
		expect(Object.keys(changed).sort()).toEqual([place, topic, help].sort());

		const placeData = cafeLocation.parse(parseYaml(changed[place] ?? ''));
		expect(placeData).toMatchObject({ rrule: 'FREQ=WEEKLY;BYDAY=WE', startDate: '2027-03-03', startTime: '10:00', endTime: '11:30' });
		expect(changed[place]).not.toMatch(/: (null|''|"")\s*$/m);
		expect(helpService.parse(parseYaml(changed[help] ?? '')).openingHours).toBe('Mo-Th 09:00-17:00; PH off');
		const [, frontmatter = '', mdxBody = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(changed[topic] ?? '') ?? [];
		expect(topicPage.parse(parseYaml(frontmatter))).toMatchObject({ title: 'Samen naar de speeltuin', phase: 'baby' });
		expect(frontmatter).not.toMatch(/: (null|''|"")\s*$/m);
		expect(mdxBody).toMatch(/^\s*<WatIsHet>\n\n[^\n]*<Begrip term="consultatiebureau">consultatiebureau<\/Begrip>[\s\S]*\n\n<\/WatIsHet>\n\n<WatKunJeDoen>\n\nNeem water mee\.\n\n<\/WatKunJeDoen>\s*$/);

		expect(cspViolations).toEqual([]);
		expect(leftTheMachine).toEqual([]);

		// The saved files, in a copy of the town, build; the new place's dates are on its café page.
		process.env.SJPRUUT_TODAY = '2027-03-15';
		const build = buildFixture(TOWN_FIXTURE, Object.fromEntries(Object.entries(changed).map(([path, text]) => [relative(TOWN_FIXTURE, path), () => text])));
		try {
			expect(build.ok, build.output.slice(-3000)).toBe(true);
			const cafe = readFileSync(join(build.outDir, 'cafe', 'index.html'), 'utf8');
			expect(cafe).toContain('Speeltuin De Duinen');
			expect(cafe).toContain('<time datetime="2027-03-17T10:00:00+01:00"');
			expect(cafe).toContain('<time datetime="2027-03-31T10:00:00+02:00"');
			expect(readFileSync(join(build.outDir, 'baby', 'samen-naar-de-speeltuin', 'index.html'), 'utf8')).toContain('Samen naar de speeltuin');
		} finally {
			cleanUp(build);
		}
	});
});
