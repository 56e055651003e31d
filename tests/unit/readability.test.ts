import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetsReadabilityGate, READABILITY_GATE, readabilityOf, readableProse, sentencesOf, syllablesOf } from '../../src/lib/readability.ts';

describe('syllablesOf', () => {
	it.each([
		['baby', 2],
		['je', 1],
		['verloskundige', 5],
		['consultatiebureau', 6],
		['zwangerschap', 3],
		['ooievaarmoeders', 5],
		['twintig-weken', 4],
	])('counts %s as %i syllables', (word, count) => {
		expect(syllablesOf(word)).toBe(count);
	});
	it('undercounts a word that starts with a lone vowel syllable, as the TeX patterns never split off one letter', () => {
		// "e-cho" has two syllables; the patterns give one. This makes scores slightly kinder, never stricter.
		expect(syllablesOf('echo')).toBe(1);
	});
});

describe('sentencesOf', () => {
	it('splits at full stops, question marks and exclamation marks followed by a capital', () => {
		expect(sentencesOf('Bel je verloskundige. Twijfel je? Bel toch! Bij gevaar: bel 112.')).toHaveLength(4);
	});
	it('keeps a number with a full stop inside one sentence', () => {
		expect(sentencesOf('Je krijgt 0.4 mg per dag. Dat is genoeg.')).toHaveLength(2);
	});
});

describe('readableProse', () => {
	it('keeps the words a parent reads and drops frontmatter, headings, tags and link targets', () => {
		const mdx = '---\ntitle: X\n---\n\n<WatIsHet>\n\n## Kop\n\nLees [dit](/zwanger/) bij de <Begrip term="verloskundige">verloskundige</Begrip>\n\n- Een punt\n\n</WatIsHet>\n';
		expect(readableProse(mdx)).toBe('Lees dit bij de  verloskundige.\nEen punt.');
	});
});

describe('readabilityOf', () => {
	it('computes Flesch-Douma from syllables and sentence length', () => {
		const r = readabilityOf('Ik bel de baby. Je bent lief.');
		// 7 words, 2 sentences, 8 syllables: 206.84 − 0.77 × 114.29 − 0.93 × 3.5
		expect(r).toMatchObject({ sentences: 2, words: 7, syllables: 8, wordsPerSentence: 3.5 });
		expect(r.fleschDouma).toBeCloseTo(115.6, 1);
	});

	it('fails a text with long sentences', () => {
		const long = 'De zwangerschapsbegeleiding door de verloskundige omvat uiteenlopende onderzoeken die gedurende de gehele periode plaatsvinden volgens de geldende richtlijnen.';
		expect(meetsReadabilityGate(readabilityOf(long))).toBe(false);
	});
});

const dutchPages = [...globSync('content/nationaal/fasen/nl/*/*.mdx'), ...globSync('content/nationaal/weken/nl/*.mdx'), ...globSync('content/heerlen/paginas/nl/*.mdx')].sort();

describe('every Dutch page meets the readability gate', () => {
	it('finds the Dutch pages', () => {
		expect(dutchPages.length).toBeGreaterThan(3);
	});
	it.each(dutchPages)(`%s averages ≤ ${READABILITY_GATE.maxWordsPerSentence} words a sentence and scores ≥ ${READABILITY_GATE.minFleschDouma}`, (file) => {
		const r = readabilityOf(readableProse(readFileSync(file, 'utf8')));
		expect(r.wordsPerSentence, `${file}: words per sentence`).toBeLessThanOrEqual(READABILITY_GATE.maxWordsPerSentence);
		expect(r.fleschDouma, `${file}: Flesch-Douma`).toBeGreaterThanOrEqual(READABILITY_GATE.minFleschDouma);
	});
});
