// Long lists split into pages, so an overview stays small on a phone however many topics a town adds.

/** Topics on one overview page: 30 cards stay well within the 14 kB HTML budget. */
export const TOPICS_PER_PAGE = 30;

/** One page of a list: its items, its number (from 1) and how many pages there are. */
export interface ListPage<T> {
	items: T[];
	page: number;
	pages: number;
}

/** The list cut into pages of at most `perPage` items, in order; an empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], perPage = TOPICS_PER_PAGE): ListPage<T>[] {
	if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`pagesOf: perPage must be a whole number ≥ 1, not ${perPage}`);
	const pages = Math.max(1, Math.ceil(items.length / perPage));
	return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * perPage, (i + 1) * perPage), page: i + 1, pages }));
}

/** The language-free path of page `page` of an overview at `base` ("/baby/"): page 1 is the overview itself. */
export function pagePath(base: string, page: number): string {
	return page === 1 ? base : `${base}pagina/${page}/`;
}
