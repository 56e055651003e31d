// The service worker, bundled once by src/integrations/service-worker.ts and kept until this file (or anything it
// imports) changes. Pages come from the network first, so a new build reaches parents at once; without signal, or
// after 5 seconds, the copy from their last visit shows with a notice saying how old it is, then /offline/.
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { CAFE_PAGE_MAX_AGE_SECONDS, CAFE_PAGES_CACHE, isCafePage, PAGES_CACHE, pageCacheKey } from '../lib/offline.ts';
import { withSavedNotice } from '../lib/saved-notice.ts';

/** What this file uses of the worker's global scope. */
declare const self: {
	/** The files to keep from the first visit on, filled in by the build. */
	__WB_MANIFEST: PrecacheEntry[];
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
};

const OFFLINE_PAGE = '/offline/index.html';

// The offline page, the favicon and the stylesheets. Hashed /_astro/ files carry no revision, so Workbox fetches
// them once under their own name instead of a second, cache-busting copy.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([self.clients.claim(), forgetQueries()])));

/** Pages are kept without their query: /zoeken/?q=… must not keep what a parent searched for. */
const withoutQuery: WorkboxPlugin = { cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url) };

/** A server error (a 503 during maintenance) counts as no answer, so the saved copy or /offline/ shows instead. */
const serverErrorIsFailure: WorkboxPlugin = {
	fetchDidSucceed: async ({ response }) => {
		if (response.status >= 500) throw new Error(`The server answered ${response.status}`);
		return response;
	},
};

/** A page from the cache says so, with the day it was saved (its Date header, the moment the server sent it). */
const savedNotice: WorkboxPlugin = {
	cachedResponseWillBeUsed: async ({ cachedResponse }) => {
		const savedAt = new Date(cachedResponse?.headers.get('date') ?? '');
		if (!cachedResponse || Number.isNaN(savedAt.getTime()) || !cachedResponse.headers.get('content-type')?.startsWith('text/html')) return cachedResponse;
		const { status, statusText, headers } = cachedResponse;
		return new Response(withSavedNotice(await cachedResponse.text(), savedAt), { status, statusText, headers });
	},
};

/** Old workers kept pages under their query; those addresses go. */
async function forgetQueries() {
	const cache = await caches.open(PAGES_CACHE);
	for (const request of await cache.keys()) if (new URL(request.url).search) await cache.delete(request);
}

// The editors' rooms (/admin/) are never kept: an editor must always get the deployed version.
const isPage = ({ request, url }: { request: Request; url: URL }) =>
	!url.pathname.startsWith('/admin/') && (request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html'));

function pagesFirstFromNetwork(cacheName: string, expiration: ExpirationPlugin) {
	return new NetworkFirst({
		cacheName,
		networkTimeoutSeconds: 5,
		plugins: [withoutQuery, serverErrorIsFailure, expiration, savedNotice, new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE })],
	});
}

registerRoute((options) => isPage(options) && isCafePage(options.url.pathname), pagesFirstFromNetwork(CAFE_PAGES_CACHE, new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: CAFE_PAGE_MAX_AGE_SECONDS })));
registerRoute(isPage, pagesFirstFromNetwork(PAGES_CACHE, new ExpirationPlugin({ maxEntries: 80 })));
registerRoute(({ url }) => url.pathname.startsWith('/_astro/'), new CacheFirst({ cacheName: 'sjpruut-assets', plugins: [new ExpirationPlugin({ maxEntries: 60 })] }));
