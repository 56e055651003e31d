import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on a machine without internet, and working as root in CI. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The Chromium the tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium or chromium-browser, then
 * Playwright's own download. Stops with one sentence on how to get one when there is none.
 */
export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
	}
	const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
	try {
		candidates.push(chromium.executablePath());
	} catch {
		// Playwright has no browser of its own here.
	}
	const found = candidates.find((path) => existsSync(path));
	if (!found)
		throw new Error('No Chromium found: install one with "sudo apt-get install chromium" (Debian/Ubuntu) or "npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.');
	return found;
}
