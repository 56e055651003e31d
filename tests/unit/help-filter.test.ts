import { describe, expect, it } from 'vitest';
import { filterFromSearch, fitsFilter, isFiltered, NO_FILTER, searchableText, searchOfFilter, type HelpListing } from '../../src/lib/help-filter.ts';
import { packOpenTimes } from '../../src/lib/open-now.ts';

const OFFERED = { categories: ['geld-en-schulden', 'borstvoeding'], phases: ['zwanger', 'baby'], languages: ['nl', 'ar'] };
const NOW = new Date('2027-03-24T09:00:00Z');
const hour = 3_600_000;

const listing = (overrides: Partial<HelpListing> = {}): HelpListing => ({
	id: 'voorbeeld',
	words: searchableText('Voedselbank', 'Gratis voedselpakket voor je gezin', 'Babyspullen en eten'),
	categories: ['geld-en-schulden'],
	phases: ['zwanger', 'baby'],
	languages: ['nl', 'ar'],
	free: true,
	noReferral: true,
	open: packOpenTimes([[NOW.getTime() - hour, NOW.getTime() + hour]], NOW.getTime() - 24 * hour, NOW.getTime() + 24 * hour),
	...overrides,
});

describe('the filter in the address bar', () => {
	it('round-trips every choice', () => {
		const filter = { text: 'voedsel', category: 'geld-en-schulden', phase: 'baby', language: 'ar', free: true, noReferral: true, openNow: true };
		const search = searchOfFilter(filter);
		expect(search).toBe('?q=voedsel&nodig=geld-en-schulden&fase=baby&taal=ar&gratis=1&zonder-verwijzing=1&nu-open=1');
		expect(filterFromSearch(search, OFFERED)).toEqual(filter);
	});
	it('is empty for no filter, so the plain address stays plain', () => {
		expect(searchOfFilter(NO_FILTER)).toBe('');
		expect(isFiltered(NO_FILTER)).toBe(false);
		expect(filterFromSearch('', OFFERED)).toEqual(NO_FILTER);
	});
	it('ignores values that are not on offer in a hand-made or old link', () => {
		expect(filterFromSearch('?nodig=<script>&fase=42&taal=klingon&gratis=ja', OFFERED)).toEqual(NO_FILTER);
	});
	it('cleans a hostile or huge text like a search query', () => {
		const filter = filterFromSearch(`?q=${encodeURIComponent(`  <img src=x onerror=alert(1)>   ${'baby '.repeat(100)}`)}`, OFFERED);
		expect(filter.text.startsWith('<img src=x onerror=alert(1)> baby')).toBe(true);
		expect(filter.text.length).toBeLessThanOrEqual(120);
	});
});

describe('searchableText', () => {
	it('ignores case, accents and extra spaces', () => {
		expect(searchableText('  Taalcafé   ZEESTAD ')).toBe('taalcafe zeestad');
	});
});

describe('fitsFilter', () => {
	it('keeps everything without a filter', () => {
		expect(fitsFilter(listing(), NO_FILTER, NOW)).toBe(true);
	});
	it('needs every typed word, in any case and with or without accents', () => {
		expect(fitsFilter(listing(), { ...NO_FILTER, text: 'GRATIS pakket' }, NOW)).toBe(true);
		expect(fitsFilter(listing(), { ...NO_FILTER, text: 'gratis kapper' }, NOW)).toBe(false);
	});
	it('checks need, phase and language', () => {
		expect(fitsFilter(listing(), { ...NO_FILTER, category: 'borstvoeding' }, NOW)).toBe(false);
		expect(fitsFilter(listing(), { ...NO_FILTER, phase: 'peuter' }, NOW)).toBe(false);
		expect(fitsFilter(listing(), { ...NO_FILTER, language: 'ar' }, NOW)).toBe(true);
		expect(fitsFilter(listing({ languages: ['nl'] }), { ...NO_FILTER, language: 'ar' }, NOW)).toBe(false);
	});
	it('keeps only free services, and only services without referral, when asked', () => {
		expect(fitsFilter(listing({ free: false }), { ...NO_FILTER, free: true }, NOW)).toBe(false);
		expect(fitsFilter(listing({ noReferral: false }), { ...NO_FILTER, noReferral: true }, NOW)).toBe(false);
	});
	it('"open now" keeps open services and drops closed ones and those without hours', () => {
		const openNow = { ...NO_FILTER, openNow: true };
		expect(fitsFilter(listing(), openNow, NOW)).toBe(true);
		expect(fitsFilter(listing(), openNow, new Date(NOW.getTime() + 2 * hour))).toBe(false);
		expect(fitsFilter(listing({ open: undefined }), openNow, NOW)).toBe(false);
	});
});
