import { LOCALES, pathIn } from '../../src/lib/locales.ts';
import { sitemapPaths } from './dist.ts';

/** Every URL path of the built site, from its sitemap, plus the 404 page of each language that the sitemap leaves out. */
export const ALL_PATHS = [...sitemapPaths(), ...LOCALES.map((locale) => pathIn(locale, '/404.html'))];
