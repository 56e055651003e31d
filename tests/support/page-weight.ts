// What a built page costs a phone: its scripts and stylesheets, followed through their imports. Shared by the
// size-budget test and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

export const gzip = (text: Buffer | string) => gzipSync(text, { level: 9 }).length;
export const asset = (url: string, dist = DIST) => readFileSync(join(dist, url.replace(/^\//, '')));

/** Every script a page loads before anyone uses it: script tags, island code and renderers, and their static imports. */
export function scriptsOf(html: string, dist = DIST): Set<string> {
	const found = new Set<string>();
	const queue = [
		...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
		...[...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? ''),
	].filter((url) => url.startsWith('/_astro/'));
	while (queue.length) {
		const url = queue.pop() ?? '';
		if (found.has(url)) continue;
		found.add(url);
		const code = asset(url, dist).toString('utf8');
		for (const [, path] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
			if (path) queue.push(new URL(path, `http://x${url}`).pathname);
	}
	return found;
}

export function inlineScriptBytes(html: string): number {
	return [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzip(m[1] ?? ''), 0);
}

export const stylesheetsOf = (html: string) => [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');

