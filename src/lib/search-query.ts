// What the search box accepts. Pure, so it is unit-tested; the island and the search page both use it.

/** Longer queries are cut here: nobody types more, and a pasted essay should not make a slow phone work hard. */
export const MAX_QUERY_LENGTH = 120;

/** The query as the search runs it: trimmed, one space between words, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string | null | undefined): string {
	return [...(raw ?? '').replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The search page URL for a query, so a search can be shared: /zoeken/?q=borstvoeding. */
export function searchUrl(pathname: string, query: string): string {
	const cleaned = cleanQuery(query);
	return cleaned ? `${pathname}?q=${encodeURIComponent(cleaned)}` : pathname;
}

/** The filters a parent can set, as Pagefind expects them; "all" means no filter. */
export function pagefindFilters(type: string, phase: string): Record<string, string> {
	const filters: Record<string, string> = {};
	if (type !== 'all') filters.type = type;
	if (phase !== 'all') filters.fase = phase;
	return filters;
}
