import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const WORKER_SOURCE = 'src/service-worker/sw.ts';
/** Where the bundled worker is kept between builds, with the files it was made from. */
const CACHE_DIR = 'node_modules/.cache/sjpruut-service-worker';
/** Workbox's name for the list the build fills in: the files to keep from the first visit on. */
const MANIFEST_SLOT = 'self.__WB_MANIFEST';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The worker bundled with its Workbox modules. Bundling costs a second or two, so it happens only when an input changed. */
async function bundledWorker(): Promise<{ code: string; fresh: boolean }> {
	const code = join(CACHE_DIR, 'sw.js');
	const inputs = join(CACHE_DIR, 'inputs.json');
	if (existsSync(code) && existsSync(inputs)) {
		const hashes = JSON.parse(readFileSync(inputs, 'utf8')) as Record<string, string>;
		if (Object.entries(hashes).every(([file, hash]) => existsSync(file) && sha256(readFileSync(file)) === hash)) return { code: readFileSync(code, 'utf8'), fresh: false };
	}
	const result = await build({
		entryPoints: [WORKER_SOURCE],
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		write: false,
		metafile: true,
		define: { 'process.env.NODE_ENV': '"production"' },
		logLevel: 'silent',
	});
	const bundled = result.outputFiles[0]?.text ?? '';
	if (bundled.split(MANIFEST_SLOT).length !== 2) throw new Error(`${WORKER_SOURCE}: the bundle must use ${MANIFEST_SLOT} exactly once`);
	try {
		mkdirSync(CACHE_DIR, { recursive: true });
		writeFileSync(code, bundled);
		writeFileSync(inputs, JSON.stringify(Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, sha256(readFileSync(file))]))));
	} catch {
		// A read-only node_modules: bundle again next time.
	}
	return { code: bundled, fresh: true };
}

/**
 * What the worker keeps from the first visit on: the offline page, the favicon and the stylesheets. Hashed files
 * in /_astro/ never change under the same name, so they need no revision (and Workbox then fetches each only once).
 */
function precacheList(site: string) {
	return globSync(['offline/index.html', 'favicon.svg', 'manifest.webmanifest', 'icons/*.png', '_astro/*.css'], { cwd: site })
		.sort()
		.map((file) => ({ url: `/${file}`, revision: file.startsWith('_astro/') ? null : sha256(readFileSync(join(site, file))).slice(0, 16) }));
}

/** Writes dist/sw.js after the build: the bundled worker (src/service-worker/sw.ts) with this build's precache list. */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'sjpruut-service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const { code, fresh } = await bundledWorker();
				const files = precacheList(site);
				writeFileSync(join(site, 'sw.js'), code.replace(MANIFEST_SLOT, JSON.stringify(files)));
				logger.info(`service worker written (${fresh ? 'bundled' : 'bundle reused'}, ${files.length} files precached) in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
