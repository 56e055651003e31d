import { sitemapPaths } from './dist.ts';

/** Every URL path of the built site, from its sitemap, plus the 404 page that the sitemap leaves out. */
export const ALL_PATHS = sitemapPaths();
