import { globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text files worth compressing. Pagefind's index files (.pf_*, .pagefind) are gzip inside already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|ics|csv|xml|txt|webmanifest)$/;

/** Below this a compressed file saves less than one network packet, so nginx would only do extra work. */
const SMALLEST = 1024;

/**
 * Brotli's top quality (11) makes files about 9% smaller than quality 6 but takes some 60 times longer: 10 s for
 * every page of this site on one core. Files that every reader downloads get it; the hundreds of pages get 6.
 */
const brotliQuality = (file: string) => (/\/(_astro|pagefind)\/[^/]+\.(css|js)$|\/sw\.js$/.test(file) ? constants.BROTLI_MAX_QUALITY : 6);

/**
 * Writes file.br and file.gz next to every text file of the build, once. nginx serves them
 * with brotli_static and gzip_static (deploy/nginx.conf) instead of compressing every request again at a low level.
 * Runs last, after the search index and the service worker are written.
 */
export function precompress(): AstroIntegration {
	return {
		name: 'sjpruut-precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const files = globSync('**/*', { cwd: site })
					.filter((file) => COMPRESSIBLE.test(file))
					.map((file) => join(site, file))
					.filter((file) => statSync(file).size >= SMALLEST);
				await Promise.all(
					files.map(async (file) => {
						const text = readFileSync(file);
						const [br, gz] = await Promise.all([
							brotli(text, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }),
							gzipped(text, { level: constants.Z_BEST_COMPRESSION }),
						]);
						writeFileSync(`${file}.br`, br);
						writeFileSync(`${file}.gz`, gz);
					}),
				);
				logger.info(`wrote .br and .gz next to ${files.length} files in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
