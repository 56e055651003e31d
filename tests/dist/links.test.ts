import { LinkChecker } from 'linkinator';
import { expect, it } from 'vitest';
import { DIST, TOWN_DIST } from '../support/dist.ts';

it.each([DIST, TOWN_DIST])('%s has 0 broken internal links or anchors', async (dist) => {
	const checker = new LinkChecker();
	const result = await checker.check({
		path: dist,
		recurse: true,
		checkFragments: true,
		// A thousand pages at linkinator's default of 100 requests at once starve a 2-core machine; a refused
		// connection would be reported as a broken link.
		concurrency: 10,
		// Only this site's own pages are checked; the outside world is not reachable from CI.
		linksToSkip: async (link) => /^(https?:)?\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
	});
	const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (${l.status}) on ${l.parent}`);
	expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(100);
	expect(broken).toEqual([]);
});
