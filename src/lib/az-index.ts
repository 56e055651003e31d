import type { Locale } from './locales.ts';

export interface IndexItem {
	title: string;
	href: string;
}

export interface IndexGroup {
	letter: string;
	items: IndexItem[];
}

/** Groups pages under their first letter, sorted as a reader of that language sorts ("Ç" after "C" in Turkish). */
export function alphabeticalIndex(items: IndexItem[], locale: Locale): IndexGroup[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	const groups = new Map<string, IndexItem[]>();
	for (const item of [...items].sort((a, b) => collator.compare(a.title, b.title))) {
		const first = [...item.title.trim()][0] ?? '#';
		const letter = /[\p{L}]/u.test(first) ? first.toLocaleUpperCase(locale) : '#';
		const key = [...groups.keys()].find((k) => collator.compare(k, letter) === 0) ?? letter;
		groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}
