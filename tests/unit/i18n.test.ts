import { describe, expect, it } from 'vitest';
import { uiStrings, useTranslations } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/lib/locales.ts';

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: string): string[] {
	return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

const dutchKeys = keysOf(uiStrings.nl).sort();

describe.each(LOCALES)('UI strings in %s', (locale) => {
	const strings = uiStrings[locale];
	const t = useTranslations(locale);

	it('has every key the Dutch file has, and no others', () => {
		expect(keysOf(strings).sort()).toEqual(dutchKeys);
	});

	it('has no empty string', () => {
		for (const key of dutchKeys) expect(t(key), key).not.toBe('');
	});

	it('uses the same {{placeholders}} as Dutch in every string', () => {
		const dutch = useTranslations('nl');
		for (const key of dutchKeys) {
			expect(placeholdersOf(t(key, { returnObjects: false, interpolation: { skipOnVariables: true } }) as string), key).toEqual(
				placeholdersOf(dutch(key, { interpolation: { skipOnVariables: true } }) as string),
			);
		}
	});
});

it('translates a key with a value into the reader’s language', () => {
	expect(useTranslations('en')('urgent.call', { number: '112' })).toBe('Call 112');
	expect(useTranslations('tr')('urgent.call', { number: '112' })).toBe('112 numarasını ara');
});
