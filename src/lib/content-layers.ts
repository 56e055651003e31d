// Two layers of content. The national layer (topic pages, week pages, phase intros, glossary, milestones) follows
// Dutch national guidance and is the same in every town. The local layer (site.yaml, help, café, site pages and the
// town's own topic pages) belongs to one town. These rules decide what a town's build shows.
import { DEFAULT_LOCALE } from './locales.ts';

/** One topic file as the layer rules see it. */
export interface TopicFileRef {
	/** Path shown in messages, e.g. "content/heerlen/fasen/nl/baby/koorts.mdx". */
	file: string;
	locale: string;
	/** The language-free id: "<phase>/<slug>", e.g. "baby/koorts". */
	slug: string;
	/** True when a local Dutch page says it replaces the national page with the same id. */
	override: boolean;
}

/** What the national layer leaves out in this town's build, and what is wrong with the town's choices. */
export interface LayerPlan {
	/** National pages that the town replaced or hid, by language-free id. */
	nationalLeftOut: Set<string>;
	/** National pages that the town replaced with its own version. */
	overridden: Set<string>;
	problems: string[];
}

/**
 * Decides how a town's topic pages combine with the national ones. A local page may not take a national id by
 * accident: it must say `override: true`. An override needs a national page to replace. A hidden id must be a
 * national page. A local translation of a national page is only allowed as part of an override.
 */
export function planTopicLayers(national: readonly TopicFileRef[], local: readonly TopicFileRef[], hidden: readonly string[], siteFile: string): LayerPlan {
	const nationalIds = new Set(national.filter((f) => f.locale === DEFAULT_LOCALE).map((f) => f.slug));
	const overridden = new Set<string>();
	const problems: string[] = [];
	for (const page of local.filter((f) => f.locale === DEFAULT_LOCALE)) {
		if (page.override && !nationalIds.has(page.slug)) problems.push(`${page.file}: override: there is no national page "${page.slug}" to replace; remove "override" or use the national id`);
		else if (!page.override && nationalIds.has(page.slug))
			problems.push(`${page.file}: override: "${page.slug}" is a national page; add "override: true" to replace it in this town, or give the file another name`);
		else if (page.override) overridden.add(page.slug);
	}
	for (const page of local.filter((f) => f.locale !== DEFAULT_LOCALE)) {
		if (nationalIds.has(page.slug) && !overridden.has(page.slug))
			problems.push(`${page.file}: this translates the national page "${page.slug}"; a town translates only its own pages or its overrides`);
	}
	const hiddenIds = new Set<string>();
	hidden.forEach((id, i) => {
		if (!nationalIds.has(id)) problems.push(`${siteFile}: hide.${i}: "${id}" is not a national page (use "<phase>/<slug>", e.g. "baby/koorts")`);
		else if (overridden.has(id)) problems.push(`${siteFile}: hide.${i}: "${id}" is both hidden and replaced by a local page; choose one`);
		hiddenIds.add(id);
	});
	return { nationalLeftOut: new Set([...overridden, ...hiddenIds]), overridden, problems };
}

/** Every site path of a topic page an MDX body links to, as language-free ids ("baby/koorts"). */
export function topicLinksIn(body: string): string[] {
	return [...body.matchAll(/\]\(\/(?:[a-z]{2}\/)?([a-z0-9-]+\/[a-z0-9-]+)\/(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '');
}

/** A page the town keeps may not link to a page it hides: the link would lead nowhere. Names both pages. */
export function linksToHiddenPages(pages: readonly { file: string; body: string }[], hidden: ReadonlyMap<string, string>, siteFile: string): string[] {
	return pages.flatMap(({ file, body }) =>
		[...new Set(topicLinksIn(body))]
			.filter((id) => hidden.has(id))
			.map((id) => `${file}: links to /${id}/ (${hidden.get(id)}), which ${siteFile} hides; remove the link or stop hiding the page`),
	);
}
