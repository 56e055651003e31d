// A counted phrase in the reader's language, without a translation library: the search page and the islands share it.

/** "{{count}} resultaten" per plural category of the language (one, other, few, …), as i18next has them. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The phrase for a number, in the plural form the language needs for it. */
export function countText(text: PluralText, locale: string, count: number, extra: Record<string, string | number> = {}): string {
	const phrase = text[new Intl.PluralRules(locale).select(count)] ?? text.other;
	return Object.entries({ ...extra, count }).reduce((result, [name, value]) => result.replaceAll(`{{${name}}}`, String(value)), phrase);
}
