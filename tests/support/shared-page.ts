import { type BrowserContext, type BrowserContextOptions, type Page, expect, test as base } from '@playwright/test';
import { axeViolations, loadAxeIn } from './axe.ts';

/** One browser page per worker, reused test after test, with what it saw during the current test. */
export interface SharedPage {
	page: Page;
	context: BrowserContext;
	/** Requests that went to another origin than the site's. */
	offSite: string[];
	/** Content Security Policy violations the page reported. */
	cspErrors: string[];
}

/**
 * A Playwright `test` whose `shared` fixture is a page that lives for the whole worker. Opening a fresh browser
 * context for each of the ~400 pages costs about a second each on a 2-core machine; reusing one keeps the
 * every-page checks fast. axe-core is loaded into each page it opens. The lists of off-site requests and CSP violations are emptied before each test.
 */
export function testWithSharedPage(options: BrowserContextOptions = {}) {
	return base.extend<{ shared: SharedPage }, { sharedForWorker: SharedPage }>({
		sharedForWorker: [
			async ({ browser }, use, workerInfo) => {
				const baseURL = options.baseURL ?? workerInfo.project.use.baseURL ?? '';
				const context = await browser.newContext({ ...options, baseURL, serviceWorkers: 'block' });
				await loadAxeIn(context);
				const page = await context.newPage();
				const shared: SharedPage = { page, context, offSite: [], cspErrors: [] };
				const origin = new URL(baseURL).origin;
				page.on('request', (request) => {
					const url = new URL(request.url());
					if (/^https?:$/.test(url.protocol) && url.origin !== origin) shared.offSite.push(request.url());
				});
				page.on('console', (message) => {
					if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) shared.cspErrors.push(message.text());
				});
				await context.addInitScript(() => {
					document.addEventListener('securitypolicyviolation', (event) => {
						console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
					});
				});
				await use(shared);
				await context.close();
			},
			{ scope: 'worker' },
		],
		shared: async ({ sharedForWorker }, use) => {
			sharedForWorker.offSite.length = 0;
			sharedForWorker.cspErrors.length = 0;
			await sharedForWorker.page.setViewportSize({ width: 1280, height: 720 });
			await use(sharedForWorker);
		},
	});
}

/** What every page must be, named in the tests that use checkPage. */
export const PAGE_CHECKS = '0 axe violations, no request off-site, no cookie, 0 CSP violations, no horizontal scroll at 320 px';

/** Opens `path` in the shared page and checks everything in PAGE_CHECKS, naming the page in each failure. */
export async function checkPage(shared: SharedPage, path: string): Promise<void> {
	const { page, context } = shared;
	const response = await page.goto(path, { waitUntil: 'load' });
	expect(response?.status(), `${path} status`).toBe(200);

	expect(await axeViolations(page), `${path}: axe violations`).toEqual([]);

	await page.setViewportSize({ width: 320, height: 700 });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `${path}: pixels of horizontal scroll at 320 px`).toBeLessThanOrEqual(0);

	expect(shared.offSite, `${path}: requests to other origins`).toEqual([]);
	expect(await context.cookies(), `${path}: cookies`).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
	expect(shared.cspErrors, `${path}: CSP violations`).toEqual([]);
}
