// Shared by the service worker the build writes and the script on every page that fills it.

/** The cache of pages: those a parent has read, and the key pages of her language. */
export const PAGES_CACHE = 'sjpruut-pages';
