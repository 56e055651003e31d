import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { countText, FilterSelect, type Option, type PluralText } from './controls.tsx';
import { cleanQuery, MAX_QUERY_LENGTH, pagefindFilters, searchUrl } from '../lib/search-query.ts';

/** Everything the island shows, already in the reader's language. */
export interface SearchText {
	label: string;
	button: string;
	typeLabel: string;
	phaseLabel: string;
	allTypes: string;
	allPhases: string;
	searching: string;
	noResults: string;
	noResultsHelp: string;
	unavailable: string;
	/** "{{count}} resultaten" per plural category of the language (one, other, few, …). */
	results: PluralText;
}

interface Props {
	text: SearchText;
	locale: string;
	types: Option[];
	phases: Option[];
	/** Where to go when nothing is found: urgent help, the help directory and the phase overviews. */
	fallbackLinks: { href: string; label: string }[];
}

interface Result {
	url: string;
	title: string;
	excerpt: string;
	type?: string;
	phase?: string;
}

interface PagefindResponse {
	results: { data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> }[];
}

interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	debouncedSearch: (query: string, options: { filters: Record<string, string> }, wait?: number) => Promise<PagefindResponse | null>;
}

const SHOWN = 20;
// Loaded only when someone searches: until then the search costs the parent no data.
const PAGEFIND = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (module: Pagefind) => {
		await module.options({ excerptLength: 24 });
		await module.init();
		return module;
	});
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

type State = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; query: string; results: Result[] } | { kind: 'unavailable' };

export default function Search({ text, locale, types, phases, fallbackLinks }: Props) {
	const id = useId();
	const [query, setQuery] = useState('');
	const [type, setType] = useState('all');
	const [phase, setPhase] = useState('all');
	const [state, setState] = useState<State>({ kind: 'idle' });
	const input = useRef<HTMLInputElement>(null);
	const list = useRef<HTMLOListElement>(null);

	useEffect(() => {
		const fromUrl = cleanQuery(new URLSearchParams(location.search).get('q'));
		if (fromUrl) setQuery(fromUrl);
	}, []);

	useEffect(() => {
		const cleaned = cleanQuery(query);
		history.replaceState(history.state, '', searchUrl(location.pathname, cleaned));
		if (!cleaned) {
			setState({ kind: 'idle' });
			return;
		}
		let current = true;
		setState((s) => (s.kind === 'done' ? s : { kind: 'searching' }));
		loadPagefind()
			.then((pf) => pf.debouncedSearch(cleaned, { filters: pagefindFilters(type, phase) }, 250))
			.then(async (response) => {
				if (!response || !current) return;
				const data = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
				if (!current) return;
				setState({
					kind: 'done',
					query: cleaned,
					results: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, type: d.filters.type?.[0], phase: d.filters.fase?.[0] })),
				});
			})
			.catch(() => current && setState({ kind: 'unavailable' }));
		return () => {
			current = false;
		};
	}, [query, type, phase]);

	const label = (options: Option[], value?: string) => options.find((o) => o.value === value)?.label;

	/** Arrow keys move between the search box and the results; Enter follows a link as usual. */
	function moveFocus(event: KeyboardEvent) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0) input.current?.focus();
		else links[Math.min(next, links.length - 1)]?.focus();
		event.preventDefault();
	}

	return (
		<div className="search" onKeyDown={moveFocus}>
			<form role="search" className="panel" onSubmit={(event) => event.preventDefault()}>
				<label htmlFor={`${id}-q`} className="field">
					{text.label}
				</label>
				<div className="search__row">
					<input
						ref={input}
						id={`${id}-q`}
						type="search"
						name="q"
						value={query}
						maxLength={MAX_QUERY_LENGTH}
						autoComplete="off"
						enterKeyHint="search"
						onChange={(event) => setQuery(event.target.value)}
					/>
					<button type="submit" className="button">
						{text.button}
					</button>
				</div>
				<div className="filters">
					<FilterSelect label={text.typeLabel} all={text.allTypes} options={types} value={type} onChange={setType} />
					<FilterSelect label={text.phaseLabel} all={text.allPhases} options={phases} value={phase} onChange={setPhase} />
				</div>
			</form>
			<p className="filter-status" role="status">
				{state.kind === 'searching' && text.searching}
				{state.kind === 'done' && countText(text.results, locale, state.results.length)}
				{state.kind === 'unavailable' && text.unavailable}
			</p>
			{state.kind === 'done' && state.results.length > 0 && (
				<ol className="search__results" ref={list}>
					{state.results.map((result) => (
						<li key={result.url}>
							<a href={result.url}>{result.title}</a>
							<span className="search__badges">
								{[label(types, result.type), label(phases, result.phase)].filter(Boolean).join(' · ')}
							</span>
							<p dangerouslySetInnerHTML={{ __html: result.excerpt }} />
						</li>
					))}
				</ol>
			)}
			{state.kind === 'done' && state.results.length === 0 && (
				<div className="panel panel--sun">
					<p>{text.noResults.replace('{{query}}', () => state.query)}</p>
					<p>{text.noResultsHelp}</p>
					<ul>
						{fallbackLinks.map((link) => (
							<li key={link.href}>
								<a href={link.href}>{link.label}</a>
							</li>
						))}
					</ul>
				</div>
			)}
		</div>
	);
}
