import { expect, test, type Page } from '@playwright/test';

// WCAG 1.4.4 and 1.4.10: with text at 200 % on a 360 px phone, nothing is lost. One page of every template.
const PAGES = ['/', '/baby/', '/baby/huilen/', '/direct-hulp/', '/hulp/', '/hulp/voedselbank-limburg-zuid/', '/cafe/', '/begrippen/', '/zoeken/', '/mijn-fase/', '/over/', '/404.html'];
const VIEWPORT = { width: 360, height: 640 };

/** Doubles the root font size the page asks for (18 px becomes 36 px), so every rem and em doubles. */
async function doubleTextSize(page: Page) {
	await page.evaluate(() => {
		const root = document.documentElement;
		root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
	});
}

/** What a reader at 200 % would miss: sideways scroll, phone numbers cut off, a header taller than the screen. */
function whatIsLost(page: Page) {
	return page.evaluate(() => {
		const problems: string[] = [];
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${width} px screen`);
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
			if (!link.checkVisibility()) continue;
			const range = document.createRange();
			range.selectNodeContents(link);
			for (const box of [link.getBoundingClientRect(), range.getBoundingClientRect()])
				if (box.left < 0 || box.right > width + 0.5) problems.push(`${link.textContent?.trim()} runs from ${Math.round(box.left)} to ${Math.round(box.right)} px`);
		}
		const header = document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0;
		if (header >= innerHeight) problems.push(`header is ${Math.round(header)} px tall in a ${innerHeight} px screen`);
		return problems;
	});
}

test.use({ viewport: VIEWPORT });

for (const locale of ['nl', 'ar']) {
	for (const path of PAGES) {
		const url = locale === 'nl' ? path : `/${locale}${path}`;
		test(`${url} at 200 % text on a 360 px phone: no sideways scroll, every number whole, the header fits`, async ({ page }) => {
			await page.goto(url);
			await doubleTextSize(page);
			expect(await whatIsLost(page)).toEqual([]);
			await expect(page.locator('.urgent-link')).toBeInViewport();
		});
	}
}
