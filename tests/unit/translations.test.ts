import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutchFingerprint, numbersIn, translationState } from '../../src/lib/translations.ts';

const DUTCH = `---
title: Koorts
summary: "Bij koorts is je kind 38,0 graden of warmer."
whenToCall:
  - Je baby is jonger dan 3 maanden en heeft koorts. Bel de huisarts.
sources:
  - title: "Thuisarts: Koorts"
    url: https://www.thuisarts.nl/koorts-bij-kinderen/mijn-kind-heeft-koorts
lastReviewed: 2026-11-28
---

<WatIsHet>

Bel [112](tel:112) of 0800 2000. Zie [week 20](/zwanger/week/20/).

</WatIsHet>
`;

describe('dutchFingerprint', () => {
	it('changes when what parents read changes', () => {
		expect(dutchFingerprint(DUTCH.replace('38,0', '38,5'))).not.toBe(dutchFingerprint(DUTCH));
		expect(dutchFingerprint(DUTCH.replace('Bel de huisarts', 'Bel 112'))).not.toBe(dutchFingerprint(DUTCH));
	});
	it('stays the same for a new review date, other sources or other YAML quoting', () => {
		const same = DUTCH.replace('2026-11-28', '2027-01-05')
			.replace('https://www.thuisarts.nl/koorts-bij-kinderen/mijn-kind-heeft-koorts', 'https://www.thuisarts.nl/koorts')
			.replace('summary: "Bij koorts is je kind 38,0 graden of warmer."', 'summary: Bij koorts is je kind 38,0 graden of warmer.');
		expect(dutchFingerprint(same)).toBe(dutchFingerprint(DUTCH));
	});
	it('marks a translation made from another version as outdated', () => {
		expect(translationState(dutchFingerprint(DUTCH), DUTCH)).toBe('current');
		expect(translationState(dutchFingerprint(DUTCH), DUTCH.replace('0800 2000', '0800 2001'))).toBe('outdated');
		expect(translationState(undefined, DUTCH)).toBe('outdated');
	});
});

describe('numbersIn', () => {
	it('reads the numbers a parent reads, not link targets', () => {
		expect(numbersIn(DUTCH)).toEqual(['0800', '112', '2000', '20', '3', '38.0'].sort());
	});
	it('reads decimal commas, decimal points and Arabic-Indic digits as the same number', () => {
		expect(numbersIn('38.0 درجة و٣٨٫٠ و 38,0')).toEqual(['38.0']);
	});
});

// Every Dutch page and each of its translations must carry the same numbers: weeks, months, doses, temperatures,
// phone numbers and hours. A translation that drops or changes one fails here, naming the file and the numbers.
const PAIRS = ['content/nationaal/fasen', 'content/nationaal/weken', 'content/heerlen/paginas'].flatMap((root) =>
	globSync('{en,ar,tr,pl}/**/*.mdx', { cwd: root }).map((file) => ({ translation: join(root, file), dutch: join(root, file.replace(/^[a-z]{2}\//, 'nl/')) })),
);

describe('numbers survive translation', () => {
	it('has translations to compare', () => {
		expect(PAIRS.length).toBeGreaterThan(400);
	});
	it('every translation has exactly the numbers of its Dutch page', () => {
		const differing = PAIRS.flatMap(({ translation, dutch }) => {
			const want = numbersIn(readFileSync(dutch, 'utf8'));
			const got = numbersIn(readFileSync(translation, 'utf8'));
			const missing = want.filter((n) => !got.includes(n));
			const extra = got.filter((n) => !want.includes(n));
			return missing.length || extra.length ? [`${translation}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`] : [];
		});
		expect(differing).toEqual([]);
	});
});
