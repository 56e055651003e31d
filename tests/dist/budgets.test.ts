import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';
import { asset, gzip, inlineScriptBytes, scriptsOf, stylesheetsOf } from '../support/page-weight.ts';

// Budgets for parents on prepaid data and old phones (issue: production). Deterministic: they read dist, not a clock.
const HTML_BROTLI = 14 * 1024;
const READING_PAGE_JS_GZIP = 3 * 1024;
const TOOL_PAGE_JS_GZIP = 85 * 1024;
/** The search page before anyone types: what Starlight's search costs (48 kB), so no framework runtime. */
const SEARCH_PAGE_JS_GZIP = 48 * 1024;
const CSS_GZIP = 12 * 1024;
/** Pages that are tools, with a React island; every other page is a reading page. */
const TOOL_PAGES = /^(?:(?:en|ar|tr|pl)\/)?(mijn-fase|zoeken|hulp)\/index\.html$/;

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

	it.each(pages.filter((p) => /^(?:(?:en|ar|tr|pl)\/)?zoeken\/index\.html$/.test(p)))('%s costs at most 48 kB gzip of JavaScript before anyone types', (page) => {
		const html = readPage(page);
		const jsGzip = [...scriptsOf(html)].reduce((sum, url) => sum + gzip(asset(url)), 0) + inlineScriptBytes(html);
		expect(jsGzip, `${page}: ${jsGzip} bytes gzip`).toBeLessThanOrEqual(SEARCH_PAGE_JS_GZIP);
	});

	it('counts the React runtime on a tool page, so the tool budget is real', () => {
		const scripts = scriptsOf(readPage('mijn-fase/index.html'));
		const jsGzip = [...scripts].reduce((sum, url) => sum + gzip(asset(url)), 0);
		expect(jsGzip).toBeGreaterThan(50 * 1024);
	});
});
