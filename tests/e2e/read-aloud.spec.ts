import { expect, test, type Page } from '@playwright/test';

/** Replaces the browser's speech synthesis with a recorder that has voices for the given languages. */
async function stubSpeech(page: Page, voiceLangs: string[]) {
	await page.addInitScript((langs) => {
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
				getVoices: () => langs.map((lang) => ({ lang, name: `stub ${lang}` })),
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
	}, voiceLangs);
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
