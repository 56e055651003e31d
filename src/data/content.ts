// The one place pages read content collections. Every text exists in Dutch; other languages fall back to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir, loadSiteConfig } from '../lib/site-config.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales.ts';
import { buildMoment } from '../lib/build-day.ts';
import { sessionsOf, type CafeSession } from '../lib/cafe.ts';
import type { OpenTimes } from '../lib/open-now.ts';
import { openTimesAhead, parseOpeningHours } from '../lib/opening-hours.ts';
import { PHASES, rangeSortKey, type Phase } from '../lib/phases.ts';
import { translationState } from '../lib/translations.ts';

export type TopicEntry = CollectionEntry<'fasen'>;
export type WeekEntry = CollectionEntry<'weken'>;
export type SitePageEntry = CollectionEntry<'paginas'>;

/** A page as a reader of one language gets it: the translation, or the Dutch original with a notice. */
export interface LocalizedPage<E> {
	entry: E;
	/** The language-free id: "zwanger/foliumzuur" or "over". */
	slug: string;
	/** True when there is no translation and the Dutch text is shown. */
	isFallback: boolean;
	/** The languages in which this page is a real text. */
	translatedIn: Locale[];
	/** The Dutch original, for facts that do not depend on the language (such as related help). */
	original: E;
	/** True for a translation made from an older version of the Dutch text: the page says so and links to the Dutch. */
	isOutdated: boolean;
}

type Translatable = { id: string; filePath?: string; data: { translatedFrom?: string } };

const dutchTexts = new Map<string, string>();
/** The Dutch file as it is now, read once per build. */
function dutchText(entry: Translatable): string {
	const path = entry.filePath ?? '';
	if (!dutchTexts.has(path)) dutchTexts.set(path, path && existsSync(path) ? readFileSync(path, 'utf8') : '');
	return dutchTexts.get(path)!;
}

function localize<E extends Translatable>(entries: E[], locale: Locale): LocalizedPage<E>[] {
	const byId = new Map(entries.map((e) => [e.id, e]));
	return entries
		.filter((e) => e.id.startsWith(`${DEFAULT_LOCALE}/`))
		.map((original) => {
			const slug = original.id.slice(DEFAULT_LOCALE.length + 1);
			const translated = locale === DEFAULT_LOCALE ? undefined : byId.get(`${locale}/${slug}`);
			const translatedIn = LOCALES.filter((l) => byId.has(`${l}/${slug}`));
			const isOutdated = !!translated && translationState(translated.data.translatedFrom, dutchText(original)) === 'outdated';
			return { entry: translated ?? original, slug, isFallback: locale !== DEFAULT_LOCALE && !translated, translatedIn, original, isOutdated };
		});
}

/** All topic pages for a language, sorted by phase, then by week or month, then title. */
export async function topicPages(locale: Locale): Promise<LocalizedPage<TopicEntry>[]> {
	const pages = localize(await getCollection('fasen'), locale);
	return pages.sort(
		(a, b) =>
			PHASES.indexOf(a.entry.data.phase) - PHASES.indexOf(b.entry.data.phase) ||
			rangeSortKey(a.entry.data) - rangeSortKey(b.entry.data) ||
			a.entry.data.title.localeCompare(b.entry.data.title, locale),
	);
}

/** The pregnancy week-by-week pages for a language, week 4 first. */
export async function weekPages(locale: Locale): Promise<LocalizedPage<WeekEntry>[]> {
	return localize(await getCollection('weken'), locale).sort((a, b) => a.entry.data.week - b.entry.data.week);
}

/** The help a topic page shows: what the national or local page names, and what this town adds in site.yaml. */
export function relatedHelpOf(page: LocalizedPage<TopicEntry>): string[] {
	return [...(page.original.data.relatedHelp ?? []), ...(loadSiteConfig().relatedHelp[page.slug] ?? [])];
}

export async function topicPagesOf(phase: Phase, locale: Locale) {
	return (await topicPages(locale)).filter((p) => p.entry.data.phase === phase);
}

export async function sitePage(slug: string, locale: Locale): Promise<LocalizedPage<SitePageEntry> | undefined> {
	return localize(await getCollection('paginas'), locale).find((p) => p.slug === slug);
}

/**
 * Title, intro and most urgent signs of a phase overview in a language, each falling back to Dutch; `urgentLang`
 * says in which language the urgent lines are.
 */
export async function phaseIntro(phase: Phase, locale: Locale) {
	const own = (await getEntry('fasenIntro', locale))?.data[phase];
	const dutch = (await getEntry('fasenIntro', DEFAULT_LOCALE))?.data[phase];
	const intro = own ?? dutch;
	if (!intro) return undefined;
	const urgent = own?.urgent ?? dutch?.urgent;
	return { ...intro, urgent, urgentLang: own?.urgent ? (locale as Locale) : DEFAULT_LOCALE };
}

/** The glossary of a language: term id → word and one-sentence definition. */
export async function glossary(locale: Locale) {
	return (await getEntry('begrippen', locale))?.data ?? (await getEntry('begrippen', DEFAULT_LOCALE))?.data ?? {};
}

/**
 * The "Mijn fase" timeline, in calendar order. A milestone keeps its link only while the page exists in this town:
 * a page the town hides takes no reader anywhere.
 */
export async function milestones() {
	const pages = new Set((await getCollection('fasen')).map((entry) => `/${entry.id.split('/').slice(1).join('/')}/`));
	return (await getCollection('mijlpalen')).map(({ data }) => (data.link && !pages.has(data.link) && !data.link.startsWith('/zwanger/week/') ? { ...data, link: undefined } : data));
}

export type HelpEntry = CollectionEntry<'hulp'>;

/** Every local service in the help directory, by name. */
export async function helpServices(): Promise<HelpEntry[]> {
	return (await getCollection('hulp')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
}

/**
 * While a town has no café places: the services that can tell a parent where and when the café is. The town names
 * them in site.yaml (cafeAsk); without that, the services where parents meet.
 */
export async function cafeAskServices(): Promise<HelpEntry[]> {
	const named = loadSiteConfig().cafeAsk;
	const all = await helpServices();
	return named ? named.flatMap((id) => all.filter((s) => s.id === id)) : all.filter((s) => s.data.categories.includes('ontmoeten'));
}

/** The services a topic points to: named ids first, then every service in the named categories, each once. */
export async function relatedServices(related: readonly string[] | undefined): Promise<HelpEntry[]> {
	if (!related?.length) return [];
	const services = await helpServices();
	const byId = related.flatMap((value) => services.filter((s) => s.id === value));
	const byCategory = related.flatMap((value) => services.filter((s) => (s.data.categories as readonly string[]).includes(value)));
	return [...new Set([...byId, ...byCategory])];
}

export type CafeLocationEntry = CollectionEntry<'cafeLocaties'>;
export type CafeThemeEntry = CollectionEntry<'cafeThema'>;

/** True when the content folder has files in content/cafe/<folder>/; asking Astro for an empty collection logs a warning per page. */
const hasCafeFiles = (folder: string) => {
	const dir = join(contentDir(), 'cafe', folder);
	return existsSync(dir) && readdirSync(dir).length > 0;
};

/** Where the café meets, by name. */
export async function cafeLocations(): Promise<CafeLocationEntry[]> {
	if (!hasCafeFiles('locaties')) return [];
	return (await getCollection('cafeLocaties')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
}

/** The themed sessions, by date. */
export async function cafeThemes(): Promise<CafeThemeEntry[]> {
	if (!hasCafeFiles('thema')) return [];
	return (await getCollection('cafeThema')).sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** Every café session from `from` up to and including `until` (YYYY-MM-DD), at all locations or one, by start. */
export async function cafeSessions(from: string, until: string, location?: string): Promise<CafeSession[]> {
	const themes = (await cafeThemes()).map((t) => ({ slug: t.id, location: t.data.location, date: t.data.date }));
	return (await cafeLocations())
		.filter((l) => !location || l.id === location)
		.flatMap((l) => sessionsOf(l.id, l.data, themes, from, until))
		.sort((a, b) => a.start - b.start || a.location.localeCompare(b.location));
}

/** What lists of sessions need to name places and themes. */
export async function cafeLookups(): Promise<{ places: Map<string, { name: string; neighbourhood: string }>; themes: Map<string, string> }> {
	return {
		places: new Map((await cafeLocations()).map((l) => [l.id, { name: l.data.name, neighbourhood: l.data.neighbourhood }])),
		themes: new Map((await cafeThemes()).map((t) => [t.id, t.data.title])),
	};
}

let helpOpenTimesOnce: Promise<Map<string, OpenTimes | undefined>> | undefined;

/** Each service's opening times for the coming weeks, by id; worked out once per build, as every language shows the same. */
export function helpOpenTimes(): Promise<Map<string, OpenTimes | undefined>> {
	helpOpenTimesOnce ??= helpServices().then((services) => {
		const from = buildMoment();
		return new Map(
			services.map(({ id, data }) => {
				const hours = data.openingHours ? parseOpeningHours(data.openingHours) : undefined;
				return [id, hours?.ok ? openTimesAhead(hours.hours, from) : undefined];
			}),
		);
	});
	return helpOpenTimesOnce;
}
