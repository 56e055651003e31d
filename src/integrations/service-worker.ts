import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { PAGES_CACHE } from '../lib/offline.ts';


/**
 * Writes dist/sw.js with Workbox after the build. Pages go to the network first, so a new build reaches parents at
 * once, and fall back to the copy from their last visit, then to /offline/. Hashed files in /_astro/ never change
 * under the same name, so they come from the cache first. The offline page and the stylesheets are precached.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'sjpruut-service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					swDest: `${site}sw.js`,
					globDirectory: site,
					globPatterns: ['offline/index.html', '_astro/*.css', 'favicon.svg'],
					skipWaiting: true,
					clientsClaim: true,
					cleanupOutdatedCaches: true,
					inlineWorkboxRuntime: true,
					sourcemap: false,
					mode: 'production',
					runtimeCaching: [
						{
							// The editors' room (/admin/) is never kept: it must always be the deployed version. Workbox copies this
							// function's source into sw.js, so it cannot use an imported constant.
							urlPattern: ({ request, url }) => !url.pathname.startsWith('/admin/') && (request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
							handler: 'NetworkFirst',
							options: {
								cacheName: PAGES_CACHE,
								networkTimeoutSeconds: 5,
								expiration: { maxEntries: 80 },
								precacheFallback: { fallbackURL: '/offline/index.html' },
							},
						},
						{
							urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
							handler: 'CacheFirst',
							options: { cacheName: 'sjpruut-assets', expiration: { maxEntries: 60 } },
						},
					],
				});
				if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
				logger.info(`service worker written: ${count} files precached (${Math.round(size / 1024)} kB)`);
			},
		},
	};
}
