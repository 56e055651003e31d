import { describe, expect, it } from 'vitest';
import { linksToHiddenPages, planTopicLayers, topicLinksIn, type TopicFileRef } from '../../src/lib/content-layers.ts';

const ref = (layer: string, locale: string, slug: string, override = false): TopicFileRef => ({ file: `${layer}/fasen/${locale}/${slug}.mdx`, locale, slug, override });
const national = [ref('nationaal', 'nl', 'baby/koorts'), ref('nationaal', 'en', 'baby/koorts'), ref('nationaal', 'nl', 'baby/huilen')];

describe('planTopicLayers', () => {
	it('keeps every national page when the town changes nothing', () => {
		expect(planTopicLayers(national, [], [], 'site.yaml')).toEqual({ nationalLeftOut: new Set(), overridden: new Set(), problems: [] });
	});

	it('leaves out a national page, in every language, that the town replaces or hides', () => {
		const plan = planTopicLayers(national, [ref('zeestad', 'nl', 'baby/koorts', true), ref('zeestad', 'en', 'baby/koorts')], ['baby/huilen'], 'site.yaml');
		expect(plan.problems).toEqual([]);
		expect(plan.nationalLeftOut).toEqual(new Set(['baby/koorts', 'baby/huilen']));
		expect(plan.overridden).toEqual(new Set(['baby/koorts']));
	});

	it('adds a town page with a new id', () => {
		expect(planTopicLayers(national, [ref('zeestad', 'nl', 'baby/zwemmen')], [], 'site.yaml').problems).toEqual([]);
	});

	it('names the file when a town page takes a national id without saying override', () => {
		expect(planTopicLayers(national, [ref('zeestad', 'nl', 'baby/koorts')], [], 'site.yaml').problems).toEqual([
			'zeestad/fasen/nl/baby/koorts.mdx: override: "baby/koorts" is a national page; add "override: true" to replace it in this town, or give the file another name',
		]);
	});

	it('names the file when an override has nothing to replace', () => {
		expect(planTopicLayers(national, [ref('zeestad', 'nl', 'baby/zwemmen', true)], [], 'site.yaml').problems).toEqual([
			'zeestad/fasen/nl/baby/zwemmen.mdx: override: there is no national page "baby/zwemmen" to replace; remove "override" or use the national id',
		]);
	});

	it('names site.yaml and the field when a hidden id does not exist', () => {
		expect(planTopicLayers(national, [], ['baby/bestaat-niet'], 'zeestad/site.yaml').problems).toEqual([
			'zeestad/site.yaml: hide.0: "baby/bestaat-niet" is not a national page (use "<phase>/<slug>", e.g. "baby/koorts")',
		]);
	});

	it('refuses a town translation of a national page it did not replace', () => {
		expect(planTopicLayers(national, [ref('zeestad', 'ar', 'baby/koorts')], [], 'site.yaml').problems).toEqual([
			'zeestad/fasen/ar/baby/koorts.mdx: this translates the national page "baby/koorts"; a town translates only its own pages or its overrides',
		]);
	});

	it('refuses a page that is both hidden and replaced', () => {
		expect(planTopicLayers(national, [ref('zeestad', 'nl', 'baby/koorts', true)], ['baby/koorts'], 'site.yaml').problems).toEqual([
			'site.yaml: hide.0: "baby/koorts" is both hidden and replaced by a local page; choose one',
		]);
	});
});

describe('links to hidden pages', () => {
	it('finds topic links in any language, with or without an anchor', () => {
		expect(topicLinksIn('[a](/baby/koorts/) [b](/ar/baby/huilen/#wat-is-het) [c](/hulp/) [d](https://x.nl/baby/koorts/) [e](/zwanger/week/20/)')).toEqual(['baby/koorts', 'baby/huilen']);
	});

	it('names both pages when a kept page links to a hidden one', () => {
		const hidden = new Map([['baby/koorts', 'nationaal/fasen/nl/baby/koorts.mdx']]);
		expect(linksToHiddenPages([{ file: 'nationaal/fasen/nl/baby/huilen.mdx', body: 'Zie [koorts](/baby/koorts/).' }], hidden, 'zeestad/site.yaml')).toEqual([
			'nationaal/fasen/nl/baby/huilen.mdx: links to /baby/koorts/ (nationaal/fasen/nl/baby/koorts.mdx), which zeestad/site.yaml hides; remove the link or stop hiding the page',
		]);
	});
});
