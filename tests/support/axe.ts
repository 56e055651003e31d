import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

/** The WCAG 2.2 AA rule set every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Loads axe-core into every page of the context as it opens. Registering it once is much faster than sending
 * its half a megabyte into each page again, as @axe-core/playwright does, when a test visits hundreds of pages.
 */
export async function loadAxeIn(context: BrowserContext): Promise<void> {
	await context.addInitScript({ path: AXE_SOURCE });
}

/**
 * The WCAG 2.2 AA violations axe finds on the page, one line each with the elements concerned. Only violations
 * are collected: the details of passed rules are large, and nobody reads them.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe?: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
		if (!axe) throw new Error('axe-core is not loaded in this page: call loadAxeIn(context) first');
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
	}, WCAG_TAGS);
	return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
