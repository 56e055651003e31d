import { describe, expect, it } from 'vitest';
import { pagePath, pagesOf, TOPICS_PER_PAGE } from '../../src/lib/paging.ts';

describe('pagesOf', () => {
	it.each([
		[0, [0]],
		[1, [1]],
		[30, [30]],
		[31, [30, 1]],
		[95, [30, 30, 30, 5]],
		[3000, Array(100).fill(30)],
	])('%i topics make pages of %j', (count, sizes) => {
		const pages = pagesOf(Array.from({ length: count }, (_, i) => i));
		expect(pages.map((p) => p.items.length)).toEqual(sizes);
		expect(pages.map((p) => p.page)).toEqual(sizes.map((_, i) => i + 1));
		expect(pages.every((p) => p.pages === sizes.length)).toBe(true);
	});

	it('keeps every item once, in order', () => {
		const items = Array.from({ length: 77 }, (_, i) => `topic-${i}`);
		expect(pagesOf(items, 10).flatMap((p) => p.items)).toEqual(items);
	});

	it('never puts more than TOPICS_PER_PAGE on a page', () => {
		expect(Math.max(...pagesOf(Array(1000).fill(0)).map((p) => p.items.length))).toBe(TOPICS_PER_PAGE);
	});

	it.each([0, -1, 2.5])('refuses %d per page', (perPage) => {
		expect(() => pagesOf([1, 2], perPage)).toThrow(/perPage/);
	});
});

describe('pagePath', () => {
	it.each([
		['/baby/', 1, '/baby/'],
		['/baby/', 2, '/baby/pagina/2/'],
		['/zwanger-worden/', 14, '/zwanger-worden/pagina/14/'],
	])('%s page %i is %s', (base, page, path) => {
		expect(pagePath(base, page)).toBe(path);
	});
});
