// Screenshots of key pages at phone and desktop width, to look at the site as a person would.
// Usage: npm run build && node scripts/screenshots.ts [outDir]   (serves dist itself on port 4330)
// Optional: PATHS=/,/ar/ WIDTHS=360 FULL_PAGE=0 to take only the top of a few pages.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';

const out = process.argv[2] ?? 'screenshots';
const paths = process.env.PATHS?.split(',') ?? ['/', '/baby/huilen/', '/direct-hulp/', '/zwanger/', '/ar/', '/ar/baby/huilen/', '/ar/direct-hulp/', '/zoeken/'];
const fullPage = process.env.FULL_PAGE !== '0';
mkdirSync(out, { recursive: true });

// Its own process group, so that stopping it also stops the astro process that npx starts.
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', '4330'], { env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' }, stdio: 'ignore', detached: true });
try {
	await waitForServer('http://127.0.0.1:4330/');
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	for (const width of (process.env.WIDTHS ?? '360,1280').split(',').map(Number)) {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		for (const path of paths) {
			await page.goto(`http://127.0.0.1:4330${path}`);
			const name = `${width}${path.replace(/\//g, '_')}.png`.replace(/_+\.png$/, '.png');
			await page.screenshot({ path: `${out}/${name}`, fullPage });
		}
		await page.close();
	}
	await browser.close();
} finally {
	if (server.pid) process.kill(-server.pid);
}

async function waitForServer(url: string): Promise<void> {
	for (let attempt = 0; attempt < 60; attempt++) {
		if (await fetch(url).then((r) => r.ok, () => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${url} did not answer within 30 s`);
}
