import { useEffect, useId, useMemo, useState } from 'react';
import { filterFromSearch, fitsFilter, isFiltered, NO_FILTER, searchOfFilter, type HelpFilter as Filter, type HelpListing } from '../lib/help-filter.ts';
import { isOpenAt } from '../lib/open-now.ts';
import { MAX_QUERY_LENGTH } from '../lib/search-query.ts';
import { countText, FilterSelect, type Option, type PluralText } from './controls.tsx';

/** Everything the island shows, already in the reader's language. */
export interface HelpFilterText {
	title: string;
	text: string;
	category: string;
	allCategories: string;
	phase: string;
	allPhases: string;
	language: string;
	allLanguages: string;
	only: string;
	free: string;
	noReferral: string;
	openNow: string;
	/** "{{count}} van de {{total}} plekken", per plural category. */
	shown: PluralText;
	nothing: string;
	clear: string;
	/** Said when "open now" is on but the opening times the build worked out have run out. */
	openNowUnknown: string;
}

interface Props {
	text: HelpFilterText;
	locale: string;
	categories: Option[];
	phases: Option[];
	languages: Option[];
	/** The id of the page's JSON data block with the services as the filter sees them (HelpListing[]). */
	listingsId: string;
	/** The id of the server-rendered list whose items (`data-help-id`) this island shows and hides. */
	listId: string;
}

/** The services as the page lists them for the filter; none when the data block is missing or broken. */
function readListings(dataId: string): HelpListing[] {
	try {
		const data: unknown = JSON.parse(document.getElementById(dataId)?.textContent ?? '[]');
		return Array.isArray(data) ? (data as HelpListing[]) : [];
	} catch {
		return [];
	}
}

/**
 * Narrows the help list on /hulp/. The full list is in the page for everyone; with JavaScript this form hides the
 * services that do not fit. The choices live in the address bar, so a filtered list can be shared.
 */
export default function HelpFilter({ text, locale, categories, phases, languages, listingsId, listId }: Props) {
	const id = useId();
	const [listings] = useState(() => readListings(listingsId));
	const offered = useMemo(() => ({ categories: categories.map((o) => o.value), phases: phases.map((o) => o.value), languages: languages.map((o) => o.value) }), [categories, phases, languages]);
	const [filter, setFilter] = useState<Filter>(() => filterFromSearch(location.search, offered));
	const [now, setNow] = useState(() => new Date());
	const set = <K extends keyof Filter>(key: K) => (value: Filter[K]) => setFilter((current) => ({ ...current, [key]: value }));

	// "Open now" follows the clock while the page is open.
	useEffect(() => {
		const timer = setInterval(() => setNow(new Date()), 60_000);
		return () => clearInterval(timer);
	}, []);

	const shown = useMemo(() => new Set(listings.filter((listing) => fitsFilter(listing, filter, now)).map((listing) => listing.id)), [listings, filter, now]);
	const openTimesRanOut = filter.openNow && listings.every((listing) => isOpenAt(listing.open, now) === undefined);

	useEffect(() => {
		if (listings.length === 0) return; // no data to filter with: leave the full list alone
		history.replaceState(history.state, '', `${location.pathname}${searchOfFilter(filter)}${location.hash}`);
		for (const item of document.querySelectorAll<HTMLElement>(`#${CSS.escape(listId)} [data-help-id]`)) item.hidden = !shown.has(item.dataset.helpId ?? '');
	}, [listings, filter, shown, listId]);

	const checkbox = (key: 'free' | 'noReferral' | 'openNow', label: string) => (
		<label className="choice">
			<input type="checkbox" checked={filter[key]} onChange={(event) => set(key)(event.target.checked)} />
			{label}
		</label>
	);

	if (listings.length === 0) return null;
	return (
		<form className="panel help-filter" role="search" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
			<h2 id={`${id}-title`} className="help-filter__title">
				{text.title}
			</h2>
			<label className="field" htmlFor={`${id}-text`}>
				{text.text}
			</label>
			<input id={`${id}-text`} type="search" value={filter.text} maxLength={MAX_QUERY_LENGTH} autoComplete="off" enterKeyHint="search" onChange={(event) => set('text')(event.target.value)} />
			<div className="filters">
				<FilterSelect label={text.category} all={text.allCategories} options={categories} value={filter.category} onChange={set('category')} />
				<FilterSelect label={text.phase} all={text.allPhases} options={phases} value={filter.phase} onChange={set('phase')} />
				<FilterSelect label={text.language} all={text.allLanguages} options={languages} value={filter.language} onChange={set('language')} />
			</div>
			<fieldset className="help-filter__only">
				<legend>{text.only}</legend>
				{checkbox('free', text.free)}
				{checkbox('noReferral', text.noReferral)}
				{checkbox('openNow', text.openNow)}
			</fieldset>
			<p className="filter-status" role="status">
				{shown.size > 0 ? countText(text.shown, locale, shown.size, { total: listings.length }) : openTimesRanOut ? text.openNowUnknown : text.nothing}
			</p>
			{isFiltered(filter) && (
				<button type="button" className="button button--quiet" onClick={() => setFilter(NO_FILTER)}>
					{text.clear}
				</button>
			)}
		</form>
	);
}
