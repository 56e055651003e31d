import { describe, expect, it } from 'vitest';
import { crossFileProblems, glossaryTermsIn, relatedHelpProblems, topicShapeProblems, type ContentFile, weekFileProblems, whenToCallProblems, yamlFileId } from '../../src/lib/content-checks.ts';

const page = (id: string, data: Record<string, unknown> = {}, body = ''): ContentFile => ({ id, file: `content/fasen/${id}.mdx`, data, body });
const glossary = (locale: string) => (locale === 'nl' ? new Set(['kraamzorg', 'verloskundige']) : locale === 'en' ? new Set(['kraamzorg']) : undefined);

describe('crossFileProblems', () => {
	it('accepts a Dutch original and its marked translation', () => {
		expect(crossFileProblems([page('nl/zwanger/a'), page('en/zwanger/a', { translation: 'machine', translatedFrom: '0123456789ab' })], glossary)).toEqual([]);
	});
	it('names a translation that has no Dutch original', () => {
		expect(crossFileProblems([page('en/zwanger/b', { translation: 'machine', translatedFrom: '0123456789ab' })], glossary)).toEqual([
			'content/fasen/en/zwanger/b.mdx: this translation has no Dutch original (expected content/fasen/nl/zwanger/b.mdx)',
		]);
	});
	it('names a translation that does not say how it was translated, and a Dutch file that does', () => {
		expect(crossFileProblems([page('nl/zwanger/a', { translation: 'machine' }), page('en/zwanger/a', { translatedFrom: '0123456789ab' })], glossary)).toEqual([
			'content/fasen/nl/zwanger/a.mdx: translation: a Dutch original has no "translation" field',
			'content/fasen/en/zwanger/a.mdx: translation: say "machine" or "reviewed"',
		]);
	});
	it('names a translation that does not record which Dutch version it was made from', () => {
		expect(crossFileProblems([page('nl/zwanger/a'), page('en/zwanger/a', { translation: 'machine' })], glossary)).toEqual([
			'content/fasen/en/zwanger/a.mdx: translatedFrom: missing; after translating or checking it against the Dutch text, run npm run translations:stamp -- content/fasen/en/zwanger/a.mdx',
		]);
	});
	it('names a folder that is not a known locale', () => {
		expect(crossFileProblems([page('de/zwanger/a')], glossary)).toEqual(['content/fasen/de/zwanger/a.mdx: folder "de" is not a known locale']);
	});
	it('names an unknown <Begrip> term and a term explained twice', () => {
		const body = '<Begrip term="kraamzorg">kraamzorg</Begrip> en <Begrip term="vroedvrouw">x</Begrip> en <Begrip term="kraamzorg">weer</Begrip>';
		expect(crossFileProblems([page('nl/zwanger/a', {}, body)], glossary)).toEqual([
			'content/fasen/nl/zwanger/a.mdx: <Begrip term="vroedvrouw">: "vroedvrouw" is not in begrippen/nl.yaml',
			'content/fasen/nl/zwanger/a.mdx: <Begrip term="kraamzorg">: explain a word once per page',
		]);
	});
	it('checks a translation against its own language’s glossary', () => {
		const body = '<Begrip term="verloskundige">midwife</Begrip>';
		expect(crossFileProblems([page('nl/zwanger/a'), page('en/zwanger/a', { translation: 'machine', translatedFrom: '0123456789ab' }, body)], glossary)).toEqual([
			'content/fasen/en/zwanger/a.mdx: <Begrip term="verloskundige">: "verloskundige" is not in begrippen/en.yaml',
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
			'content/fasen/nl/baby/a.mdx: relatedHelp: "verzonnen" is neither a help category nor a file in hulp/',
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

describe('whenToCallProblems', () => {
	const lines = (...whenToCall: string[]) => whenToCallProblems(page('nl/baby/a', { whenToCall }));
	it('accepts one sign and who to call, in at most 15 words', () => {
		expect(lines('Je baby ademt niet of wordt blauw. Bel 112.', 'Je kind is suf en drinkt slecht. Bel meteen de huisarts.')).toEqual([]);
	});
	it('names a line over 15 words', () => {
		expect(lines('Je baby is erg suf, drinkt veel minder dan normaal en heeft al een halve dag geen natte luier. Bel de huisarts.')).toEqual([
			'content/fasen/nl/baby/a.mdx: whenToCall.0: 22 words; a frightened parent reads at most 15: one sign and who to call',
		]);
	});
	it('names a line that does not say who to call', () => {
		expect(lines('Je baby is erg suf.')).toEqual(['content/fasen/nl/baby/a.mdx: whenToCall.0: say who to call (112, huisarts, huisartsenpost, verloskundige, gynaecoloog, ...)']);
	});
});

describe('weekFileProblems', () => {
	const week = (id: string, n: number, body = '<JeBaby>\n\nA\n\n</JeBaby>\n<JouwLijf>\n\nB\n\n</JouwLijf>\n<DezeWeek>\n\nC\n\n</DezeWeek>') => ({ id, file: `weken/${id}.mdx`, data: { week: n }, body });
	it('accepts one page per week with the three parts in order', () => {
		expect(weekFileProblems([week('nl/20', 20), week('nl/21', 21), week('en/20', 20)])).toEqual([]);
	});
	it('names a file whose name is not its week, and a week with two pages', () => {
		expect(weekFileProblems([week('nl/20', 20), week('nl/twintig', 20)])).toEqual([
			'weken/nl/twintig.mdx: week: 20 does not match the file name; name the file 20.mdx',
			'weken/nl/twintig.mdx: week: week 20 already has a page (weken/nl/20.mdx)',
		]);
	});
	it('names a missing part and parts in the wrong order', () => {
		expect(weekFileProblems([week('nl/5', 5, '<JouwLijf>\n\nB\n\n</JouwLijf>\n<JeBaby>\n\nA\n\n</JeBaby>\n<DezeWeek>\n\nC\n\n</DezeWeek>'), week('nl/6', 6, '<JeBaby>\n\nA\n\n</JeBaby>')])).toEqual([
			'weken/nl/5.mdx: body: the parts come in this order: <JeBaby>, <JouwLijf>, <DezeWeek>',
			'weken/nl/6.mdx: body: add the part <JouwLijf>…</JouwLijf>',
			'weken/nl/6.mdx: body: add the part <DezeWeek>…</DezeWeek>',
		]);
	});
});
