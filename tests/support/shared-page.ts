import { loadAxeIn } from './axe.ts';
import { type BrowserContext, type BrowserContextOptions, type Page, test as base } from '@playwright/test';

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
