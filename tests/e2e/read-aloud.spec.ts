import { expect, test, type Page } from '@playwright/test';

/** Replaces the browser's speech synthesis with a recorder that has voices for the given languages, on the phone unless told. */
async function stubSpeech(page: Page, voiceLangs: string[], { localService = true } = {}) {
	await page.addInitScript(([langs, local]) => {
		const log = { spoken: [] as { text: string; lang: string }[], calls: [] as string[] };
		(window as unknown as { speechLog: typeof log }).speechLog = log;
		let paused = false;
		class Utterance {
			text: string;
			lang = '';
			voice: unknown = null;
			onend: (() => void) | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				getVoices: () => langs.map((lang) => ({ lang, name: `stub ${lang}`, localService: local })),
				speak: (u: Utterance) => log.spoken.push({ text: u.text, lang: u.lang }),
				pause: () => ((paused = true), log.calls.push('pause')),
				resume: () => ((paused = false), log.calls.push('resume')),
				cancel: () => log.calls.push('cancel'),
				get paused() {
					return paused;
				},
				addEventListener: () => undefined,
			},
		});
	}, [voiceLangs, localService] as const);
}

const speechLog = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: { spoken: { text: string; lang: string }[]; calls: string[] } }).speechLog);

test('"Lees voor" reads the topic in Dutch, and can pause, resume and stop', async ({ page }) => {
	await stubSpeech(page, ['en-GB', 'nl-NL']);
	await page.goto('/baby/huilen/');
	const play = page.getByRole('button', { name: 'Lees voor' });
	await expect(play).toBeVisible();
	await play.click();

	const log = await speechLog(page);
	expect(log.spoken[0]?.text).toBe(await page.locator('h1').innerText());
	expect(log.spoken.every((u) => u.lang === 'nl-NL')).toBe(true);
	expect(log.spoken.some((u) => u.text === 'Wanneer bel je?')).toBe(true);
	expect(log.spoken.some((u) => u.text === 'Bronnen')).toBe(false);

	await page.getByRole('button', { name: 'Pauze' }).click();
	await page.getByRole('button', { name: 'Verder' }).click();
	await page.getByRole('button', { name: 'Stop' }).click();
	expect((await speechLog(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
	await expect(play).toBeVisible();
	await expect(play).toBeFocused();
});

test('the read-aloud button stays hidden when the device has no voice for the page’s language', async ({ page }) => {
	await stubSpeech(page, ['en-GB']);
	await page.goto('/ar/baby/huilen/');
	await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('the read-aloud button stays hidden without speech synthesis', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
	});
	await page.goto('/baby/huilen/');
	await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('an English reader hears the English text', async ({ page }) => {
	await stubSpeech(page, ['nl-NL', 'en-US']);
	await page.goto('/en/baby/huilen/');
	await page.getByRole('button', { name: 'Read aloud' }).click();
	expect((await speechLog(page)).spoken.every((u) => u.lang === 'en-US')).toBe(true);
});

test('"Lees voor" speaks exactly the visible text, not the glossary pop-up inside a sentence', async ({ page }) => {
	await stubSpeech(page, ['nl-NL']);
	await page.goto('/zwanger/twintig-weken-echo/');
	await page.getByRole('button', { name: 'Lees voor' }).click();
	const spoken = (await speechLog(page)).spoken.map((u) => u.text);
	// What a sighted reader sees in the same blocks: innerText leaves out closed pop-ups and hidden elements.
	const visible = await page
		.locator('article')
		.locator('h1, .lead, .topic-part :is(h2, p, li), .when-to-call :is(h2, p, li)')
		.evaluateAll((blocks) => blocks.map((b) => (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));
	expect(visible.some((text) => text.startsWith('De 20 wekenecho is een echo'))).toBe(true);
	expect(spoken).toEqual(visible);
	const definition = await page.locator('#begrip-twintig-weken-echo').textContent();
	expect(spoken.join(' ')).not.toContain(definition?.split(': ')[1]?.slice(0, 20));
});

test('"Lees voor" says phone numbers digit by digit', async ({ page }) => {
	await stubSpeech(page, ['nl-NL']);
	await page.goto('/bevalling/somber-na-de-bevalling/');
	await page.getByRole('button', { name: 'Lees voor' }).click();
	const spoken = (await speechLog(page)).spoken.map((u) => u.text).join(' ');
	expect(spoken).toContain('113 of 0 8 0 0, 0 1 1 3');
	expect(spoken).not.toContain('0800');
});

test('with only an online voice, the page says so before reading; with a voice on the phone, it does not', async ({ page }) => {
	await stubSpeech(page, ['nl-NL'], { localService: false });
	await page.goto('/baby/huilen/');
	await expect(page.getByText('Je telefoon heeft voor deze taal alleen een online stem.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();

	await stubSpeech(page, ['nl-NL']);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
	await expect(page.getByText('Je telefoon heeft voor deze taal alleen een online stem.')).toBeHidden();
});
