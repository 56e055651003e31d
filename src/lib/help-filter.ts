// The help directory's filter: what a parent picked, how it reads from and writes to the address bar, and which
// services it keeps. Runs on the phone, so it stays small; the build prepares everything it needs.
import { isOpenAt, type OpenTimes } from './open-now.ts';
import { cleanQuery } from './search-query.ts';

/** One service as the filter sees it. */
export interface HelpListing {
	id: string;
	/** Name, organisation, description and needs in the reader's language and Dutch, prepared by searchableText. */
	words: string;
	categories: string[];
	phases: string[];
	/** ISO 639-1 codes of the languages spoken. */
	languages: string[];
	free: boolean;
	noReferral: boolean;
	/** Opening times for the coming weeks; missing when the service states none. */
	open?: OpenTimes;
}

/** What a parent picked. "all" means no choice in a drop-down. */
export interface HelpFilter {
	text: string;
	category: string;
	phase: string;
	language: string;
	free: boolean;
	noReferral: boolean;
	openNow: boolean;
}

export const NO_FILTER: HelpFilter = { text: '', category: 'all', phase: 'all', language: 'all', free: false, noReferral: false, openNow: false };

/** The address-bar names, short and the same in every language, so a shared link works for everyone. */
const PARAM = { text: 'q', category: 'nodig', phase: 'fase', language: 'taal', free: 'gratis', noReferral: 'zonder-verwijzing', openNow: 'nu-open' } as const;

/** Lower case, without accents, one space between words: "Crèche" and "creche" match. */
export function searchableText(...parts: string[]): string {
	return parts
		.join(' ')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The filter from an address-bar query string. Values that are not on offer (an old or hand-made link) are
 * ignored rather than showing an empty list; the text is cleaned like a search query.
 */
export function filterFromSearch(search: string, offered: { categories: string[]; phases: string[]; languages: string[] }): HelpFilter {
	const params = new URLSearchParams(search);
	const choice = (name: string, options: string[]) => {
		const value = params.get(name);
		return value !== null && options.includes(value) ? value : 'all';
	};
	const flag = (name: string) => params.get(name) === '1';
	return {
		text: cleanQuery(params.get(PARAM.text)),
		category: choice(PARAM.category, offered.categories),
		phase: choice(PARAM.phase, offered.phases),
		language: choice(PARAM.language, offered.languages),
		free: flag(PARAM.free),
		noReferral: flag(PARAM.noReferral),
		openNow: flag(PARAM.openNow),
	};
}

/** The query string for a filter ("" for no filter), so a filtered list can be shared. */
export function searchOfFilter(filter: HelpFilter): string {
	const params = new URLSearchParams();
	const text = cleanQuery(filter.text);
	if (text) params.set(PARAM.text, text);
	if (filter.category !== 'all') params.set(PARAM.category, filter.category);
	if (filter.phase !== 'all') params.set(PARAM.phase, filter.phase);
	if (filter.language !== 'all') params.set(PARAM.language, filter.language);
	if (filter.free) params.set(PARAM.free, '1');
	if (filter.noReferral) params.set(PARAM.noReferral, '1');
	if (filter.openNow) params.set(PARAM.openNow, '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** True when the parent has picked anything at all. */
export function isFiltered(filter: HelpFilter): boolean {
	return searchOfFilter(filter) !== '';
}

/**
 * Whether a service fits everything the parent picked. Every word typed must appear. "Open now" keeps only
 * services known to be open at `now`: a service without opening hours is left out, as nobody can promise it is open.
 */
export function fitsFilter(listing: HelpListing, filter: HelpFilter, now: Date): boolean {
	const words = searchableText(filter.text).split(' ').filter(Boolean);
	if (!words.every((word) => listing.words.includes(word))) return false;
	if (filter.category !== 'all' && !listing.categories.includes(filter.category)) return false;
	if (filter.phase !== 'all' && !listing.phases.includes(filter.phase)) return false;
	if (filter.language !== 'all' && !listing.languages.includes(filter.language)) return false;
	if (filter.free && !listing.free) return false;
	if (filter.noReferral && !listing.noReferral) return false;
	if (filter.openNow && isOpenAt(listing.open, now) !== true) return false;
	return true;
}
