import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_PATHS } from '../support/sitemap.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('every page in the sitemap', () => {
	for (const path of ALL_PATHS) {
		test(`${path}: 0 axe violations, no request off-site, no cookie, 0 CSP violations, no horizontal scroll at 320 px`, async ({ page, context, baseURL }) => {
			const origin = new URL(baseURL ?? '').origin;
			const offSite: string[] = [];
			const cspErrors: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (/^https?:$/.test(url.protocol) && url.origin !== origin) offSite.push(request.url());
			});
			page.on('console', (message) => {
				if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});

			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), `${path} status`).toBe(200);

			const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			expect(violations, `${path}: axe violations`).toEqual([]);

			await page.setViewportSize({ width: 320, height: 700 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${path}: pixels of horizontal scroll at 320 px`).toBeLessThanOrEqual(0);

			expect(offSite, `${path}: requests to other origins`).toEqual([]);
			expect(await context.cookies(), `${path}: cookies`).toEqual([]);
			expect(await page.evaluate(() => document.cookie)).toBe('');
			expect(cspErrors, `${path}: CSP violations`).toEqual([]);
		});
	}
});
