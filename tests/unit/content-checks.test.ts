import { describe, expect, it } from 'vitest';
import { crossFileProblems, glossaryTermsIn, relatedHelpProblems, topicShapeProblems, type ContentFile, yamlFileId } from '../../src/lib/content-checks.ts';

const page = (id: string, data: Record<string, unknown> = {}, body = ''): ContentFile => ({ id, file: `content/fasen/${id}.mdx`, data, body });
const glossary = (locale: string) => (locale === 'nl' ? new Set(['kraamzorg', 'verloskundige']) : locale === 'en' ? new Set(['kraamzorg']) : undefined);

describe('crossFileProblems', () => {
	it('accepts a Dutch original and its marked translation', () => {
		expect(crossFileProblems([page('nl/zwanger/a'), page('en/zwanger/a', { translation: 'machine' })], glossary)).toEqual([]);
	});
	it('names a translation that has no Dutch original', () => {
		expect(crossFileProblems([page('en/zwanger/b', { translation: 'machine' })], glossary)).toEqual([
			'content/fasen/en/zwanger/b.mdx: this translation has no Dutch original (expected content/fasen/nl/zwanger/b.mdx)',
		]);
	});
	it('names a translation that does not say how it was translated, and a Dutch file that does', () => {
		expect(crossFileProblems([page('nl/zwanger/a', { translation: 'machine' }), page('en/zwanger/a')], glossary)).toEqual([
			'content/fasen/nl/zwanger/a.mdx: translation: a Dutch original has no "translation" field',
			'content/fasen/en/zwanger/a.mdx: translation: say "machine" or "reviewed"',
		]);
	});
	it('names a folder that is not a known locale', () => {
		expect(crossFileProblems([page('de/zwanger/a')], glossary)).toEqual(['content/fasen/de/zwanger/a.mdx: folder "de" is not a known locale']);
	});
	it('names an unknown <Begrip> term and a term explained twice', () => {
		const body = '<Begrip term="kraamzorg">kraamzorg</Begrip> en <Begrip term="vroedvrouw">x</Begrip> en <Begrip term="kraamzorg">weer</Begrip>';
		expect(crossFileProblems([page('nl/zwanger/a', {}, body)], glossary)).toEqual([
			'content/fasen/nl/zwanger/a.mdx: <Begrip term="vroedvrouw">: "vroedvrouw" is not in content/begrippen/nl.yaml',
			'content/fasen/nl/zwanger/a.mdx: <Begrip term="kraamzorg">: explain a word once per page',
		]);
	});
	it('checks a translation against its own language’s glossary', () => {
		const body = '<Begrip term="verloskundige">midwife</Begrip>';
		expect(crossFileProblems([page('nl/zwanger/a'), page('en/zwanger/a', { translation: 'machine' }, body)], glossary)).toEqual([
			'content/fasen/en/zwanger/a.mdx: <Begrip term="verloskundige">: "verloskundige" is not in content/begrippen/en.yaml',
		]);
	});
});

describe('glossaryTermsIn', () => {
	it('finds terms with either quote style', () => {
		expect(glossaryTermsIn(`<Begrip term="a">x</Begrip> <Begrip term='b' />`)).toEqual(['a', 'b']);
	});
});

describe('topicShapeProblems', () => {
	const shaped = (body: string) => topicShapeProblems(page('nl/zwanger/a', {}, body));
	it('accepts both parts in order', () => {
		expect(shaped('<WatIsHet>\n\nA\n\n</WatIsHet>\n\n<WatKunJeDoen>\n\nB\n\n</WatKunJeDoen>')).toEqual([]);
	});
	it('names a missing part', () => {
		expect(shaped('<WatIsHet>\n\nA\n\n</WatIsHet>')).toEqual(['content/fasen/nl/zwanger/a.mdx: body: add the part <WatKunJeDoen>…</WatKunJeDoen>']);
	});
	it('names parts in the wrong order', () => {
		expect(shaped('<WatKunJeDoen>B</WatKunJeDoen><WatIsHet>A</WatIsHet>')).toEqual(['content/fasen/nl/zwanger/a.mdx: body: <WatIsHet> comes before <WatKunJeDoen>']);
	});
});

describe('relatedHelpProblems', () => {
	const topic = (relatedHelp: unknown) => page('nl/baby/a', { relatedHelp });
	const ids = new Set(['voedselbank-limburg-zuid']);
	it('accepts categories and ids of help entries', () => {
		expect(relatedHelpProblems(topic(['borstvoeding', 'voedselbank-limburg-zuid']), ['borstvoeding'], ids)).toEqual([]);
	});
	it('names a value that is neither', () => {
		expect(relatedHelpProblems(topic(['verzonnen']), ['borstvoeding'], ids)).toEqual([
			'content/fasen/nl/baby/a.mdx: relatedHelp: "verzonnen" is neither a help category nor a file in content/hulp/',
		]);
	});
});

describe('yamlFileId', () => {
	it('is the file name in lower case, without .yaml or .yml', () => {
		expect(yamlFileId('voedselbank.yaml')).toBe('voedselbank');
		expect(yamlFileId('Voedselbank.yml')).toBe('voedselbank');
	});
	it('is undefined for other files', () => {
		expect(yamlFileId('README.md')).toBeUndefined();
		expect(yamlFileId('voedselbank.yaml.bak')).toBeUndefined();
	});
});
