import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { adminRooms } from './src/integrations/admin.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

// Reading site.yaml here makes a broken file stop the build before anything else, with the file and field named.
const site = loadSiteConfig();

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	outDir: process.env.SJPRUUT_OUT ?? './dist',
	integrations: [mdx(), react(), sitemap({ filter: (page) => !/\/(404|414)\/$/.test(page) }), notFoundPages(), pagefind(), serviceWorker(), adminRooms(), precompress()],
	markdown: { syntaxHighlight: false }, // Shiki's inline styles would need 'unsafe-inline' in the CSP
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
	// Separate, cacheable files: a parent on prepaid data downloads the stylesheet and scripts once, not per page.
	build: { inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	security: {
		csp: {
			directives: ["default-src 'none'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "manifest-src 'self'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
