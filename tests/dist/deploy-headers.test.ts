import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerCsp, metaCsp, withCsp } from '../../src/lib/deploy-csp.ts';
import { builtPages, readPage } from '../support/dist.ts';

const headersFile = readFileSync('public/_headers', 'utf8');
const nginxFile = readFileSync('deploy/nginx.conf', 'utf8');

describe('the deploy files send the same CSP as the pages, with frame-ancestors', () => {
	const policies = new Set(builtPages().map((page) => metaCsp(readPage(page))));

	it('every page has the same CSP, so one header fits all', () => {
		expect([...policies]).toHaveLength(1);
	});

	it('public/_headers and deploy/nginx.conf carry it (run "npm run deploy:csp" after an Astro upgrade)', () => {
		const expected = headerCsp([...policies][0] ?? '');
		expect(expected).toContain("frame-ancestors 'none';");
		expect(withCsp('headers', headersFile, expected)).toBe(headersFile);
		expect(withCsp('nginx', nginxFile, expected)).toBe(nginxFile);
	});

	it('both set the other security headers', () => {
		for (const text of [headersFile, nginxFile]) {
			expect(text).toMatch(/Referrer-Policy:? "?no-referrer/);
			expect(text).toMatch(/X-Content-Type-Options:? "?nosniff/);
			expect(text).toMatch(/Permissions-Policy:? "?camera=\(\), microphone=\(\), geolocation=\(\)/);
			expect(text).toMatch(/Strict-Transport-Security:? "?max-age=63072000; includeSubDomains/);
			expect(text).toContain('public, max-age=31536000, immutable');
		}
	});

	it('the built site carries _headers', () => {
		expect(readPage('_headers')).toBe(headersFile);
	});
});
