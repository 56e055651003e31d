import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';

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
					logger.info(`indexed ${added.page_count} pages`);
				} finally {
					await close();
				}
			},
		},
	};
}
