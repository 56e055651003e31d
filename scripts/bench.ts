// npm run bench — what the site costs, measured; never part of npm test. Writes bench/results.json and prints tables.
//   1. Build scaling: the real content plus N synthetic topic files (BENCH_SIZES, default 500,2000,5000), built
//      with the search index; seconds, pages per second and the peak memory of the largest process. At every size,
//      the largest phase overview page must stay within the 14 kB brotli HTML budget: the bench fails otherwise.
//   2. Bytes per template, read from dist: HTML (gzip and brotli), and the JavaScript and CSS each page loads.
//   3. Lighthouse, mobile with its default throttling, in the system Chromium, for one page per template in nl
//      and ar, served by a real nginx with deploy/nginx.conf.
// Options: --skip-scaling, --skip-lighthouse, --no-build (measure the dist that is there); BENCH_PAGES=/zoeken/,/mijn-fase/
// runs Lighthouse on those pages only.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { builtPages, readPage } from '../tests/support/dist.ts';
import { asset, gzip, inlineScriptBytes, scriptsOf, stylesheetsOf } from '../tests/support/page-weight.ts';

const args = new Set(process.argv.slice(2));
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const results: Record<string, unknown> = { machine: machine(), date: new Date().toISOString() };

function machine() {
	const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'unknown CPU';
	const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
	const memory = Math.round(Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s*(\d+)/)?.[1] ?? 0) / 1024 / 1024);
	return `${cores} × ${cpu}, ${memory} GiB, Node ${process.version}`;
}

/** Runs `astro build --force` (no content cache from another folder) under GNU time; returns seconds, peak memory (MiB) and pages built. */
function timedBuild(contentDir: string, outDir: string) {
	const run = spawnSync('/usr/bin/time', ['-v', 'npx', 'astro', 'build', '--force'], { env: { ...env, SJPRUUT_CONTENT: contentDir, SJPRUUT_OUT: outDir }, encoding: 'utf8', maxBuffer: 1 << 28 });
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
	const [, minutes = '0', seconds = '0'] = run.stderr.match(/Elapsed \(wall clock\) time.*: (?:\d+:)?(\d+):([\d.]+)/) ?? [];
	const peak = Number(run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
	return { seconds: Math.round((Number(minutes) * 60 + Number(seconds)) * 10) / 10, peakMiB: Math.round(peak / 1024), pages: globSync('**/*.html', { cwd: outDir }).length };
}

/** Heerlen's local content plus `count` local topic files (60 % Dutch originals, the rest translations), on the real national layer. */
function syntheticContent(count: number): string {
	const root = mkdtempSync(join(tmpdir(), 'sjpruut-bench-'));
	const content = join(root, 'content');
	cpSync('content/heerlen', content, { recursive: true });
	const dutch = readFileSync('content/nationaal/fasen/nl/baby/huilen.mdx', 'utf8');
	const english = readFileSync('content/nationaal/fasen/en/baby/huilen.mdx', 'utf8');
	const originals = Math.ceil(count * 0.6);
	const locales = ['en', 'ar', 'tr', 'pl'];
	for (let i = 0; i < count; i++) {
		const original = i < originals;
		const slug = `bench-${original ? i : (i - originals) % originals}`;
		const locale = original ? 'nl' : (locales[Math.floor((i - originals) / originals) % locales.length] ?? 'en');
		const text = (original ? dutch : english).replace(/^title: .*$/m, `title: "Proefpagina ${i}"`);
		mkdirSync(join(content, 'fasen', locale, 'baby'), { recursive: true });
		writeFileSync(join(content, 'fasen', locale, 'baby', `${slug}.mdx`), text);
	}
	return root;
}

const HTML_BROTLI_BUDGET = 14 * 1024;
const PHASE_OVERVIEW = /^(?:[a-z]{2}\/)?(?:zwanger-worden|zwanger|bevalling|baby|dreumes|peuter)\/(?:pagina\/\d+\/)?index\.html$/;

/** The largest phase overview page of a build, in bytes brotli, and which page it is. */
function largestPhaseOverview(outDir: string) {
	let largest = { page: '', brotli: 0 };
	for (const page of globSync('**/index.html', { cwd: outDir }).filter((p) => PHASE_OVERVIEW.test(p))) {
		const brotli = brotliCompressSync(readFileSync(join(outDir, page))).length;
		if (brotli > largest.brotli) largest = { page, brotli };
	}
	return largest;
}

function buildScaling() {
	const rows = [];
	for (const size of SIZES) {
		const root = syntheticContent(size);
		try {
			console.log(`bench: building with ${size} extra topic files…`);
			const run = timedBuild(join(root, 'content'), join(root, 'dist'));
			const overview = largestPhaseOverview(join(root, 'dist'));
			rows.push({ topicFiles: size, ...run, pagesPerSecond: Math.round(run.pages / run.seconds), largestOverview: overview.page, overviewBrotli: overview.brotli });
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}
	return rows;
}

const TEMPLATES: [string, RegExp][] = [
	['home', /^(?:[a-z]{2}\/)?index\.html$/],
	['phase overview', /^(?:[a-z]{2}\/)?(?:zwanger-worden|zwanger|bevalling|baby|dreumes|peuter)\/index\.html$/],
	['topic', /^(?:[a-z]{2}\/)?(?:zwanger-worden|zwanger|bevalling|baby|dreumes|peuter)\/[^/]+\/index\.html$/],
	['help list', /^(?:[a-z]{2}\/)?hulp\/index\.html$/],
	['help need or service', /^(?:[a-z]{2}\/)?hulp\/[^/]+\/index\.html$/],
	['café', /^(?:[a-z]{2}\/)?cafe\//],
	['search', /^(?:[a-z]{2}\/)?zoeken\/index\.html$/],
	['mijn fase', /^(?:[a-z]{2}\/)?mijn-fase\/index\.html$/],
	['urgent help', /^(?:[a-z]{2}\/)?direct-hulp\/index\.html$/],
	['other', /./],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function bytesPerTemplate() {
	const groups = new Map<string, { html: number[]; brotli: number[]; js: number[]; css: number[] }>();
	for (const page of builtPages().filter((p) => !p.startsWith('pagefind/'))) {
		const template = TEMPLATES.find(([, pattern]) => pattern.test(page))?.[0] ?? 'other';
		const html = readPage(page);
		const group = groups.get(template) ?? { html: [], brotli: [], js: [], css: [] };
		group.html.push(gzip(html));
		group.brotli.push(brotliCompressSync(html).length);
		group.js.push([...scriptsOf(html)].reduce((sum, url) => sum + gzip(asset(url)), 0) + inlineScriptBytes(html));
		group.css.push(stylesheetsOf(html).reduce((sum, url) => sum + gzip(asset(url)), 0));
		groups.set(template, group);
	}
	return [...groups].map(([template, g]) => ({
		template,
		pages: g.html.length,
		htmlGzipMedian: median(g.html),
		htmlGzipMax: Math.max(...g.html),
		htmlBrotliMedian: median(g.brotli),
		htmlBrotliMax: Math.max(...g.brotli),
		jsGzipMedian: median(g.js),
		cssGzipMedian: median(g.css),
	}));
}

const LIGHTHOUSE_PAGES = process.env.BENCH_PAGES?.split(',') ?? ['/', '/baby/', '/baby/huilen/', '/hulp/', '/hulp/voedselbank-limburg-zuid/', '/cafe/', '/zoeken/', '/mijn-fase/', '/direct-hulp/'];

async function lighthouseRuns() {
	const port = Number(process.env.BENCH_PORT ?? 4360);
	const server = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/support/nginx.ts', 'dist', String(port)], { stdio: 'ignore' });
	const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
	const rows = [];
	try {
		for (let tries = 0; tries < 50 && !(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok).catch(() => false)); tries++) await new Promise((r) => setTimeout(r, 200));
		for (const locale of ['nl', 'ar']) {
			for (const path of LIGHTHOUSE_PAGES) {
				const url = `http://127.0.0.1:${port}${locale === 'nl' ? path : `/${locale}${path}`}`;
				const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
				const audits = result?.lhr.audits ?? {};
				rows.push({
					page: url.replace(`http://127.0.0.1:${port}`, ''),
					score: Math.round((result?.lhr.categories.performance?.score ?? 0) * 100),
					lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
					tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
					cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
				});
				console.log(`bench: lighthouse ${rows.at(-1)?.page} ${rows.at(-1)?.score}`);
			}
		}
	} finally {
		chrome.kill();
		server.kill();
	}
	return rows;
}

/** Saves what is measured so far, so a failure late in the run keeps the earlier figures. */
function save() {
	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
}

if (!args.has('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
results.bytes = bytesPerTemplate();
save();
if (!args.has('--skip-lighthouse')) {
	results.lighthouse = await lighthouseRuns();
	save();
}
if (!args.has('--skip-scaling')) {
	results.buildScaling = buildScaling();
	save();
}

console.log(`\nMeasured on ${String(results.machine)}`);
for (const key of ['bytes', 'lighthouse', 'buildScaling']) if (results[key]) (console.log(`\n${key}`), console.table(results[key]));
console.log('\nWritten to bench/results.json');

const overBudget = ((results.buildScaling ?? []) as { topicFiles: number; largestOverview: string; overviewBrotli: number }[]).filter((r) => r.overviewBrotli > HTML_BROTLI_BUDGET);
for (const r of overBudget) console.error(`bench: with ${r.topicFiles} extra topic files, ${r.largestOverview} is ${r.overviewBrotli} bytes brotli (budget ${HTML_BROTLI_BUDGET})`);
if (overBudget.length) process.exitCode = 1;
