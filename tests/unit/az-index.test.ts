import { describe, expect, it } from 'vitest';
import { alphabeticalIndex } from '../../src/lib/az-index.ts';

const item = (title: string) => ({ title, href: `/${title}/` });

describe('alphabeticalIndex', () => {
	it('groups Dutch titles by first letter, in order, ignoring case', () => {
		const groups = alphabeticalIndex([item('Voorlezen'), item('baby'), item('Borstvoeding'), item('Aangifte')], 'nl');
		expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'V']);
		expect(groups[1]?.items.map((i) => i.title)).toEqual(['baby', 'Borstvoeding']);
	});

	it('keeps Turkish letters apart and in Turkish order', () => {
		const groups = alphabeticalIndex([item('Çocuk'), item('Doğum'), item('Cep')], 'tr');
		expect(groups.map((g) => g.letter)).toEqual(['C', 'Ç', 'D']);
	});

	it('puts titles that start with a digit under #', () => {
		expect(alphabeticalIndex([item('20-wekenecho')], 'nl')[0]?.letter).toBe('#');
	});

	it('groups Arabic titles under Arabic letters', () => {
		const groups = alphabeticalIndex([item('الرضاعة'), item('بحث')], 'ar');
		expect(groups.map((g) => g.letter)).toEqual(['ا', 'ب']);
	});
});
