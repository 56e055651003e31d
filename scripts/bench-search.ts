// npm run bench:search — what search costs a parent in bytes, read from Chromium's network log.
// Builds the site, serves it with astro preview (which, like a plain static host, sends files uncompressed),
// and for nl and en measures: the search page before any search, the first query, and a second query.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';

const PORT = 4350;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = [
	{ locale: 'nl', path: '/zoeken/', queries: ['borstvoeding', 'slapen'] },
	{ locale: 'en', path: '/en/zoeken/', queries: ['breastfeeding', 'sleep'] },
];

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
	env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: 'ignore',
	detached: true,
});

/**
 * Bytes received per request (headers and body), from the browser's network log through Playwright, which also
 * sees the requests of Pagefind's web worker (a page-level CDP session does not).
 */
function networkLog(page: Page) {
	const received: Promise<{ url: string; bytes: number }>[] = [];
	page.on('requestfinished', (request) => {
		received.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize })));
	});
	return {
		/** Bytes since the last call: all of them, and those of the search code and index. */
		async take() {
			const taken = await Promise.all(received.splice(0));
			const search = taken.filter((r) => r.url.includes('/pagefind/'));
			return { all: sum(taken), search: sum(search), searchFiles: search.length };
		},
	};
}

const sum = (rows: { bytes: number }[]) => rows.reduce((total, r) => total + r.bytes, 0);
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

async function waitForServer() {
	for (let i = 0; i < 60; i++) {
		if (await fetch(`${ORIGIN}/`).then((r) => r.ok, () => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${ORIGIN} did not answer`);
}

try {
	await waitForServer();
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const rows = [];
	for (const run of RUNS) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const log = networkLog(page);
		await page.goto(`${ORIGIN}${run.path}`, { waitUntil: 'networkidle' });
		const before = await log.take();
		rows.push({ locale: run.locale, step: 'search page, before searching', 'all kB': kB(before.all), 'search kB': kB(before.search), 'search files': before.searchFiles });
		for (const [i, query] of run.queries.entries()) {
			await page.getByRole('searchbox').fill(query);
			await page.locator('.search__results li').first().waitFor({ timeout: 20_000 });
			await page.waitForLoadState('networkidle');
			const step = await log.take();
			rows.push({ locale: run.locale, step: `${i === 0 ? 'first' : 'second'} query "${query}"`, 'all kB': kB(step.all), 'search kB': kB(step.search), 'search files': step.searchFiles });
		}
		await context.close();
	}
	await browser.close();
	console.table(rows);
	const zeroBefore = rows.filter((r) => r.step.startsWith('search page')).every((r) => r['search kB'] === '0.0');
	console.log(zeroBefore ? 'Before any search: 0 search bytes in every language.' : 'WARNING: search bytes were loaded before any search.');
	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/search.json', `${JSON.stringify({ measured: new Date().toISOString(), rows }, null, 2)}\n`);
} finally {
	if (server.pid) process.kill(-server.pid);
}
