import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage, TOWN_DIST } from '../support/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate on every built page', () => {
	const pages = builtPages();
	it('finds the built pages', () => {
		expect(pages.length).toBeGreaterThan(20);
	});
	it.each(pages)('%s has 0 errors', async (page) => {
		const report = await validator.validateString(readPage(page), join(DIST, page));
		const errors = report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
		expect(errors).toEqual([]);
	});
});

// Heerlen has no café data yet; the second town's café pages stand in for them.
describe('html-validate on the second town’s café pages', () => {
	const pages = builtPages(TOWN_DIST).filter((page) => /(^|\/)cafe\//.test(page));
	it('finds them', () => {
		expect(pages.length).toBeGreaterThan(20);
	});
	it.each(pages)('%s has 0 errors', async (page) => {
		const report = await validator.validateString(readPage(page, TOWN_DIST), join(TOWN_DIST, page));
		expect(report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
	});
});
