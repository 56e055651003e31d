// npm run bench:search — what search costs a parent in bytes, read from Chromium's network log.
// Builds the site, serves it with astro preview (which, like a plain static host, sends files uncompressed),
// and for nl and en measures: the search page before any search, the first query, and a second query.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4350);
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
 * Bytes received per request, from the browser's Resource Timing (transferSize: headers and body) of the page and of
 * every worker it started. Pagefind fetches its index and fragments from its web worker: Playwright's request events
 * miss those and report the worker script itself without its body, so they are not used here.
 */
function networkLog(page: Page) {
	const counted = new Set<string>();
	const entries = () =>
		[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
			url: e.name,
			bytes: (e as PerformanceResourceTiming).transferSize,
			start: e.startTime,
		}));
	return {
		/** Bytes since the last call: all of them, and those of the search code and index. */
		async take() {
			const sources = [{ name: 'page', rows: await page.evaluate(entries) }];
			for (const [i, worker] of page.workers().entries()) sources.push({ name: `worker ${i}`, rows: await worker.evaluate(entries) });
			const taken = sources.flatMap(({ name, rows }) => rows.filter((r) => !counted.has(`${name} ${r.url} ${r.start}`) && counted.add(`${name} ${r.url} ${r.start}`)));
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
			const firstBefore = await page.locator('.search__results a').first().getAttribute('href', { timeout: 100 }).catch(() => null);
			await page.getByRole('searchbox').fill(query);
			// Wait for this query's results, not the previous query's list that is still on the page.
			await page.waitForFunction((before) => {
				const first = document.querySelector('.search__results a')?.getAttribute('href');
				return first && first !== before;
			}, firstBefore, { timeout: 20_000 });
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
	if (server.pid && server.exitCode === null) process.kill(-server.pid);
}
