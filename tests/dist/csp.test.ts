import { describe, expect, it } from 'vitest';
import { metaCsp } from '../../src/lib/deploy-csp.ts';
import { builtPages, readPage, TOWN_DIST } from '../support/dist.ts';

function directive(csp: string, name: string): string[] {
	const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
	return found?.slice(1) ?? [];
}

const townCafePages = () => builtPages(TOWN_DIST).filter((page) => /(^|\/)cafe\//.test(page)).map((page) => `${TOWN_DIST}:${page}`);

describe('Content-Security-Policy on every page, and on the second town’s café pages', () => {
	it.each([...builtPages(), ...townCafePages()])('%s has a CSP that allows no inline script and nothing from elsewhere', (name) => {
		const [dist, page] = name.startsWith(`${TOWN_DIST}:`) ? [TOWN_DIST, name.slice(TOWN_DIST.length + 1)] : [undefined, name];
		const csp = metaCsp(readPage(page, dist));
		expect(csp, `${page} has no CSP meta tag`).toBeDefined();
		const scripts = directive(csp ?? '', 'script-src');
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(directive(csp ?? '', 'default-src')).toEqual(["'none'"]);
		expect(directive(csp ?? '', 'style-src')).not.toContain("'unsafe-inline'");
		expect(csp).not.toMatch(/https?:|\*/);
	});
});
