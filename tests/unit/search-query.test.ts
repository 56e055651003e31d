import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH, pagefindFilters, searchUrl } from '../../src/lib/search-query.ts';

describe('cleanQuery', () => {
	it.each([
		['  huilende   baby ', 'huilende baby'],
		['', ''],
		[null, ''],
		['\n\t', ''],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
	])('cleans %j to %j', (raw, expected) => {
		expect(cleanQuery(raw)).toBe(expected);
	});
	it(`cuts a 500-character query to ${MAX_QUERY_LENGTH} characters`, () => {
		expect(cleanQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
	});
	it('never cuts a character in half', () => {
		const cut = cleanQuery('😀'.repeat(200));
		expect([...cut]).toHaveLength(MAX_QUERY_LENGTH);
		expect(cut).not.toMatch(/\uFFFD/);
	});
});

describe('searchUrl', () => {
	it('puts the query in ?q=, encoded', () => {
		expect(searchUrl('/zoeken/', 'huilen & slapen')).toBe('/zoeken/?q=huilen%20%26%20slapen');
		expect(searchUrl('/ar/zoeken/', 'رضاعة')).toBe('/ar/zoeken/?q=%D8%B1%D8%B6%D8%A7%D8%B9%D8%A9');
	});
	it('leaves ?q= off for an empty query', () => {
		expect(searchUrl('/zoeken/', '   ')).toBe('/zoeken/');
	});
});

describe('pagefindFilters', () => {
	it('sends only the filters that are set', () => {
		expect(pagefindFilters('all', 'all')).toEqual({});
		expect(pagefindFilters('hulp', 'all')).toEqual({ type: 'hulp' });
		expect(pagefindFilters('informatie', 'baby')).toEqual({ type: 'informatie', fase: 'baby' });
	});
});
