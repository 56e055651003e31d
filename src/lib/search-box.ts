// The search page's behaviour in the browser, without a framework: the form is rendered on the server
// (src/components/SearchBox.astro) and this script loads Pagefind on the first query.
import { countText, type PluralText } from './count-text.ts';
import { cleanQuery, pagefindFilters, searchUrl } from './search-query.ts';

/** Everything the search box says, already in the reader's language. */
export interface SearchText {
	searching: string;
	/** "Niets gevonden voor “{{query}}”." */
	noResults: string;
	unavailable: string;
	results: PluralText;
	/** Badge labels per Pagefind filter value: type (informatie, cafe, hulp) and fase. */
	labels: Record<string, string>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	debouncedSearch: (query: string, options: { filters: Record<string, string> }, wait?: number) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

const SHOWN = 20;
// Loaded only when someone searches: until then the search costs the parent no data.
const PAGEFIND = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (module) => {
		// Long topic pages are the fullest answer, so page length counts less than Pagefind's default (0.75); a word
		// that matches the query whole counts more than a longer compound that only starts with it.
		await module.options({ excerptLength: 24, ranking: { pageLength: 0.25, termSimilarity: 2 } });
		await module.init();
		return module;
	});
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

/** Wires the server-rendered search box: query from ?q=, results as you type, arrow keys, and "nothing found". */
export function startSearchBox(box: HTMLElement): void {
	const find = <E extends Element>(selector: string) => box.querySelector<E>(selector);
	const form = find<HTMLFormElement>('form');
	const input = find<HTMLInputElement>('input[type="search"]');
	const type = find<HTMLSelectElement>('select[name="type"]');
	const phase = find<HTMLSelectElement>('select[name="fase"]');
	const status = find<HTMLElement>('[role="status"]');
	const list = Object.assign(document.createElement('ol'), { className: 'search__results' });
	const nothing = find<HTMLElement>('[data-nothing-found]');
	const nothingText = find<HTMLElement>('[data-nothing-found-text]');
	if (!form || !input || !type || !phase || !status || !nothing || !nothingText) return;
	const text = JSON.parse(box.dataset.text ?? '{}') as SearchText;
	const locale = document.documentElement.lang;
	let latest = 0;

	const show = (results: PagefindResult[] | undefined, query = '') => {
		list.replaceChildren(
			...(results ?? []).map((result) => {
				const item = document.createElement('li');
				const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
				const badges = Object.assign(document.createElement('span'), { className: 'search__badges' });
				badges.textContent = [result.filters.type?.[0], result.filters.fase?.[0]].map((value) => value && text.labels[value]).filter(Boolean).join(' · ');
				const excerpt = document.createElement('p');
				excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: the page's own text, escaped, with <mark>.
				item.append(link, badges, excerpt);
				return item;
			}),
		);
		// The list is in the page only while it has results.
		if (results?.length) status.after(list);
		else list.remove();
		nothing.hidden = !results || results.length > 0;
		nothingText.textContent = text.noResults.replace('{{query}}', () => query);
	};

	const run = async () => {
		const query = cleanQuery(input.value);
		history.replaceState(history.state, '', searchUrl(location.pathname, query));
		const asked = ++latest;
		if (!query) {
			status.textContent = '';
			show(undefined);
			return;
		}
		if (!list.isConnected && nothing.hidden) status.textContent = text.searching;
		try {
			const response = await (await loadPagefind()).debouncedSearch(query, { filters: pagefindFilters(type.value, phase.value) }, 250);
			if (!response || asked !== latest) return;
			const results = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
			if (asked !== latest) return;
			status.textContent = countText(text.results, locale, response.results.length); // how many fit, not just the 20 shown
			show(results, query);
		} catch {
			if (asked === latest) status.textContent = text.unavailable;
		}
	};

	form.addEventListener('submit', (event) => event.preventDefault());
	input.addEventListener('input', run);
	type.addEventListener('change', run);
	phase.addEventListener('change', run);
	// Arrow keys move between the search box and the results; Enter follows a link as usual.
	box.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0) input.focus();
		else links[Math.min(next, links.length - 1)]?.focus();
		event.preventDefault();
	});

	const fromUrl = cleanQuery(new URLSearchParams(location.search).get('q'));
	if (fromUrl) input.value = fromUrl;
	if (fromUrl || input.value) void run();
}
