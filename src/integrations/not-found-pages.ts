import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/locales.ts';

/**
 * Astro writes /en/404/index.html; static hosts (Cloudflare Pages, nginx with deploy/nginx.conf) look for the
 * nearest /en/404.html. This moves each language's "page not found" there after the build.
 */
export function notFoundPages(): AstroIntegration {
	return {
		name: 'sjpruut-not-found-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				for (const locale of LOCALES) {
					const built = join(site, locale, '404', 'index.html');
					if (!existsSync(built)) continue;
					renameSync(built, join(site, locale, '404.html'));
					rmdirSync(join(site, locale, '404'));
				}
				logger.info('moved the 404 pages to /<lang>/404.html');
			},
		},
	};
}
