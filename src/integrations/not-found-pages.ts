import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/locales.ts';

/**
 * Astro writes /en/404/index.html; static hosts (Cloudflare Pages, nginx with deploy/nginx.conf) look for the
 * nearest /en/404.html. This moves each language's "page not found" there after the build, and "address too long"
 * to /414.html for nginx.
 */
export function notFoundPages(): AstroIntegration {
	return {
		name: 'sjpruut-not-found-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				for (const folder of [...LOCALES.map((locale) => join(locale, '404')), '414']) {
					const built = join(site, folder, 'index.html');
					if (!existsSync(built)) continue;
					renameSync(built, join(site, `${folder}.html`));
					rmdirSync(join(site, folder));
				}
				logger.info('moved the 404 pages to /<lang>/404.html and the 414 page to /414.html');
			},
		},
	};
}
