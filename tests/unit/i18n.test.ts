import { describe, expect, it } from 'vitest';
import { uiStrings, useTranslations } from '../../src/i18n/index.ts';
import { LOCALES, type Locale } from '../../src/lib/locales.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Keys with plural forms folded into one ("myPhase.pregnant_one" and "_other" are "myPhase.pregnant"). */
function baseKeys(locale: Locale): string[] {
	return [...new Set(keysOf(uiStrings[locale]).map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
}

function placeholdersOf(text: string): string[] {
	return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

function rawString(locale: Locale, key: string): string {
	return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], uiStrings[locale]) as string;
}

const dutchKeys = baseKeys('nl');
const dutchPluralKeys = [...new Set(keysOf(uiStrings.nl).filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))];

describe.each(LOCALES)('UI strings in %s', (locale) => {
	const keys = keysOf(uiStrings[locale]);

	it('has every key the Dutch file has, and no others', () => {
		expect(baseKeys(locale)).toEqual(dutchKeys);
	});

	it('has exactly the plural forms this language needs for every counted string', () => {
		const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
		for (const base of dutchPluralKeys) {
			const forms = keys.filter((k) => k.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(k)).map((k) => k.match(PLURAL_SUFFIX)?.[1]);
			expect(forms.sort(), base).toEqual(categories);
		}
	});

	it('has no empty string', () => {
		for (const key of keys) expect(rawString(locale, key).trim(), key).not.toBe('');
	});

	it('uses the same {{placeholders}} as Dutch in every string', () => {
		for (const key of keys) {
			const dutchKey = PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '_other') : key;
			const expected = placeholdersOf(rawString('nl', dutchKey));
			const actual = placeholdersOf(rawString(locale, key));
			// A plural form for exactly one or two may spell the number out ("أسبوعين") instead of using {{count}}.
			const spelledOut = /_(zero|one|two)$/.test(key) ? actual.concat('count') : actual;
			expect(expected.every((p) => spelledOut.includes(p)) && actual.every((p) => expected.includes(p)), `${locale} ${key}: ${actual} vs ${expected}`).toBe(true);
		}
	});
});

it('translates a key with a value into the reader’s language', () => {
	expect(useTranslations('en')('urgent.call', { number: '112' })).toBe('Call 112');
	expect(useTranslations('tr')('urgent.call', { number: '112' })).toBe('112 numarasını ara');
});

it('picks the right plural form per language', () => {
	expect(useTranslations('nl')('myPhase.pregnant', { count: 1 })).toBe('Je bent 1 week zwanger');
	expect(useTranslations('nl')('myPhase.pregnant', { count: 23 })).toBe('Je bent 23 weken zwanger');
	expect(useTranslations('pl')('myPhase.childMonths', { count: 3 })).toBe('Twoje dziecko ma 3 miesiące');
	expect(useTranslations('pl')('myPhase.childMonths', { count: 7 })).toBe('Twoje dziecko ma 7 miesięcy');
	expect(useTranslations('ar')('myPhase.childMonths', { count: 2 })).toBe('عمر طفلكم شهران');
});
