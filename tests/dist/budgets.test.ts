import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from '../support/dist.ts';

// Budgets for parents on prepaid data and old phones (issue: production). Deterministic: they read dist, not a clock.
const HTML_BROTLI = 14 * 1024;
const READING_PAGE_JS_GZIP = 3 * 1024;
const TOOL_PAGE_JS_GZIP = 85 * 1024;
const CSS_GZIP = 12 * 1024;
/** Pages that are tools, with a React island; every other page is a reading page. */
const TOOL_PAGES = /^(?:(?:en|ar|tr|pl)\/)?(mijn-fase|zoeken|hulp)\/index\.html$/;

const gzip = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;
const asset = (url: string) => readFileSync(join(DIST, url.replace(/^\//, '')));

/** Every script a page loads before anyone uses it: script tags, island code and renderers, and their static imports. */
function scriptsOf(html: string): Set<string> {
	const found = new Set<string>();
	const queue = [
		...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
		...[...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? ''),
	].filter((url) => url.startsWith('/_astro/'));
	while (queue.length) {
		const url = queue.pop() ?? '';
		if (found.has(url)) continue;
		found.add(url);
		const code = asset(url).toString('utf8');
		for (const [, path] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
			if (path) queue.push(new URL(path, `http://x${url}`).pathname);
	}
	return found;
}

function inlineScriptBytes(html: string): number {
	return [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzip(m[1] ?? ''), 0);
}

const stylesheetsOf = (html: string) => [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('size budgets on every built page', () => {
	const pages = builtPages().filter((p) => !p.startsWith('pagefind/'));

	it.each(pages)('%s stays within its budgets', (page) => {
		const html = readPage(page);
		const problems: string[] = [];

		const htmlBrotli = brotliCompressSync(html).length;
		if (htmlBrotli > HTML_BROTLI) problems.push(`HTML is ${htmlBrotli} bytes brotli (budget ${HTML_BROTLI})`);

		const scripts = scriptsOf(html);
		const jsGzip = [...scripts].reduce((sum, url) => sum + gzip(asset(url)), 0) + inlineScriptBytes(html);
		const isTool = TOOL_PAGES.test(page);
		const jsBudget = isTool ? TOOL_PAGE_JS_GZIP : READING_PAGE_JS_GZIP;
		if (jsGzip > jsBudget) problems.push(`JavaScript is ${jsGzip} bytes gzip (budget ${jsBudget} for a ${isTool ? 'tool' : 'reading'} page)`);
		if (!isTool && [...scripts].some((url) => /react|client\.|jsx-runtime/.test(url))) problems.push('a reading page loads a framework runtime');

		const cssGzip = stylesheetsOf(html).reduce((sum, url) => sum + gzip(asset(url)), 0);
		if (cssGzip > CSS_GZIP) problems.push(`CSS is ${cssGzip} bytes gzip (budget ${CSS_GZIP})`);

		expect(problems, page).toEqual([]);
	});

	it('counts the React runtime on a tool page, so the tool budget is real', () => {
		const scripts = scriptsOf(readPage('mijn-fase/index.html'));
		const jsGzip = [...scripts].reduce((sum, url) => sum + gzip(asset(url)), 0);
		expect(jsGzip).toBeGreaterThan(50 * 1024);
	});
});
