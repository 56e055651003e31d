/** The languages the site speaks. Dutch is the original and lives at the root; the others under /<locale>/. */
export const LOCALES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** Each language's own name, as a speaker of it would look for it in a switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
	nl: 'Nederlands',
	en: 'English',
	ar: 'العربية',
	tr: 'Türkçe',
	pl: 'Polski',
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** The URL of a site path in a language: pathIn('en', '/over/') is '/en/over/', pathIn('nl', '/over/') is '/over/'. */
export function pathIn(locale: Locale, path: string): string {
	const clean = `/${path.replace(/^\/+/, '')}`;
	return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}

/** Splits a URL path into its language and the language-free site path: '/en/over/' gives en and '/over/'. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
	const [, first, ...rest] = pathname.split('/');
	if (isLocale(first) && first !== DEFAULT_LOCALE) return { locale: first, path: `/${rest.join('/')}` };
	return { locale: DEFAULT_LOCALE, path: pathname.startsWith('/') ? pathname : `/${pathname}` };
}

/** The value of getStaticPaths' [...lang] parameter for a language: undefined for Dutch, which has no prefix. */
export function langParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** getStaticPaths entries for a page that exists in every language. */
export function everyLocale() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** Where the language switcher sends a reader of `target`, and whether that is the same page. */
export interface LanguageLink {
	locale: Locale;
	href: string;
	/** False when the page does not exist in that language and the link goes to its home page. */
	samePage: boolean;
}

/** Links from one page to the same page in every language, or to that language's home page where it is missing. */
export function languageLinks(path: string, existsIn: (locale: Locale) => boolean): LanguageLink[] {
	return LOCALES.map((locale) => {
		const samePage = existsIn(locale);
		return { locale, samePage, href: pathIn(locale, samePage ? path : '/') };
	});
}
