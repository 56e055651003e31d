import { globSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Pagefind's ready-made search interfaces (about 430 kB). The search island uses only the JS API, pagefind.js. */
export const UNUSED_PAGEFIND_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * Builds the Pagefind search index at the end of `astro build`, so every build (npm start, npm test) has a fresh
 * one. Pagefind indexes only elements marked data-pagefind-body and makes one index per <html lang>.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'sjpruut-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
					for (const file of globSync('*', { cwd: `${site}pagefind` }).filter((name) => UNUSED_PAGEFIND_UI.test(name))) rmSync(join(site, 'pagefind', file));
					logger.info(`indexed ${added.page_count} pages`);
				} finally {
					await close();
				}
			},
		},
	};
}
