// Shared by the service worker (src/service-worker/sw.ts) and the script on every page that fills it.

/** The cache of pages: those a parent has read, and the key pages of her language. */
export const PAGES_CACHE = 'sjpruut-pages';

/** Café pages, kept apart because their dates age: a copy older than a week is not shown (the offline page is). */
export const CAFE_PAGES_CACHE = 'sjpruut-cafe-pages';
export const CAFE_PAGE_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** /cafe/… and /<lang>/cafe/…: pages whose dates go out of date. */
export function isCafePage(pathname: string): boolean {
	return /^\/(?:(?:en|ar|tr|pl)\/)?cafe\//.test(pathname);
}

/**
 * The address a page is kept under: without its query. The pages are static, so /zoeken/?q=… is the same page as
 * /zoeken/, and a query can hold what a parent searched for or filtered on, which must not stay on the phone.
 */
export function pageCacheKey(url: string): string {
	const address = new URL(url);
	address.search = '';
	address.hash = '';
	return address.href;
}
