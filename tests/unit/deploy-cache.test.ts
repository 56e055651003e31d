import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// public/_headers (static hosts) and deploy/nginx.conf (a plain server) must give every path the same Cache-Control.

/** Cache-Control for a path by deploy/nginx.conf's map: its first matching regex, else its default. */
function nginxCacheControl(conf: string, path: string): string | undefined {
	const map = conf.match(/map \$uri \$sjpruut_cache_control \{([^}]*)\}/)?.[1] ?? '';
	const rules = [...map.matchAll(/^\s*(~?)(\S+)\s+"([^"]*)";$/gm)].map(([, regex, key, value]) => ({ regex: regex === '~', key, value }));
	return rules.find((rule) => rule.regex && new RegExp(rule.key ?? '').test(path))?.value ?? rules.find((rule) => rule.key === 'default')?.value;
}

/** Cache-Control for a path by _headers, as Cloudflare Pages reads it: rules in order, "! Name" drops earlier values. */
function headersCacheControl(file: string, path: string): string | undefined {
	let values: string[] = [];
	for (const block of file.split(/\n(?=\/)/)) {
		const [pattern = '', ...lines] = block.split('\n');
		const glob = new RegExp(`^${pattern.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
		if (!glob.test(path)) continue;
		for (const line of lines.map((l) => l.trim())) {
			if (/^!\s*Cache-Control$/i.test(line)) values = [];
			const value = line.match(/^Cache-Control:\s*(.*)$/i)?.[1];
			if (value) values.push(value);
		}
	}
	return values.length ? values.join(', ') : undefined;
}

describe('public/_headers and deploy/nginx.conf cache the same things the same way', () => {
	const nginx = readFileSync('deploy/nginx.conf', 'utf8');
	const headers = readFileSync('public/_headers', 'utf8');

	it.each([
		['/', 'no-cache'],
		['/baby/huilen/', 'no-cache'],
		['/en/404.html', 'no-cache'],
		['/sw.js', 'no-cache'],
		['/cafe/agenda.ics', 'no-cache'],
		['/hulp/hulp.csv', 'no-cache'],
		['/pagefind/pagefind.js', 'no-cache'],
		['/_astro/Base.Cx8d1f2a.css', 'public, max-age=31536000, immutable'],
	])('%s: %s', (path, expected) => {
		expect(nginxCacheControl(nginx, path)).toBe(expected);
		expect(headersCacheControl(headers, path)).toBe(expected);
	});
});
