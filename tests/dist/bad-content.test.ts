import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, cleanUp, TOWN_FIXTURE } from '../support/fixture-build.ts';

const TOPIC = 'fasen/nl/zwanger/eerste-afspraak.mdx';
const HELP = 'hulp/taalcafe.yaml';
const CAFE = 'cafe/locaties/strandhuis.yaml';
const THEME = 'cafe/thema/borstvoeding.mdx';
const replace = (from: string | RegExp, to: string) => (text: string) => {
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`the fixture no longer contains ${String(from)}`);
	return changed;
};

/** Each case breaks one file of the fixture town; the build must fail and name the file and the field. */
const CASES: { name: string; file: string; change: (text: string) => string; expected: RegExp[] }[] = [
	// content/site.yaml (issue: foundation)
	{ name: 'site.yaml without a name', file: 'site.yaml', change: replace(/^name: Kleintje\n/m, ''), expected: [/site\.yaml: name:/] },
	{ name: 'site.yaml with a malformed phone number', file: 'site.yaml', change: replace('phone: "112"', 'phone: "0800-12"'), expected: [/site\.yaml: urgent\.0\.phone: "0800-12" is not a valid Dutch phone number/] },
	{ name: 'site.yaml with an unknown locale', file: 'site.yaml', change: replace('  en: The parent portal of Zeestad', '  en: The parent portal of Zeestad\n  de: Das Elternportal'), expected: [/site\.yaml: tagline: unknown locale/] },
	// topic pages (issue: phase information)
	{ name: 'a topic without summary', file: TOPIC, change: replace(/^summary: .*\n/m, ''), expected: [/eerste-afspraak\.mdx/, /summary/] },
	{ name: 'an unknown phase', file: TOPIC, change: replace('phase: zwanger', 'phase: kleuter'), expected: [/eerste-afspraak\.mdx/, /phase/] },
	{ name: 'an unknown topic', file: TOPIC, change: replace('topics: [gezondheid]', 'topics: [sport]'), expected: [/eerste-afspraak\.mdx/, /topics/] },
	{ name: 'weekTo before weekFrom', file: TOPIC, change: replace('weekTo: 10', 'weekTo: 4'), expected: [/eerste-afspraak\.mdx/, /weekTo \(4\) is before weekFrom \(6\)/] },
	{ name: 'a week over 42', file: TOPIC, change: replace('weekTo: 10', 'weekTo: 45'), expected: [/eerste-afspraak\.mdx/, /weekTo/, /at most 42 weeks/] },
	{ name: 'a lastReviewed in the future', file: TOPIC, change: replace('lastReviewed: 2026-01-15', 'lastReviewed: 2999-01-01'), expected: [/eerste-afspraak\.mdx/, /lastReviewed/, /lies in the future/] },
	{ name: 'a source without URL', file: TOPIC, change: replace(/\n {4}url: .*/, ''), expected: [/eerste-afspraak\.mdx/, /sources\.0\.url/] },
	{ name: 'a topic without the part "what can you do"', file: TOPIC, change: replace(/<WatKunJeDoen>[\s\S]*<\/WatKunJeDoen>/, ''), expected: [/fasen\/nl\/zwanger\/eerste-afspraak\.mdx: body: add the part <WatKunJeDoen>/] },
	{ name: 'relatedHelp naming help that does not exist', file: TOPIC, change: replace('lastReviewed: 2026-01-15', 'relatedHelp: [verzonnen-dienst]\nlastReviewed: 2026-01-15'), expected: [/fasen\/nl\/zwanger\/eerste-afspraak\.mdx: relatedHelp: "verzonnen-dienst" is neither a help category nor a file in hulp\//] },
	{ name: 'an unknown <Begrip>', file: TOPIC, change: replace('term="verloskundige"', 'term="vroedvrouw"'), expected: [/fasen\/nl\/zwanger\/eerste-afspraak\.mdx: <Begrip term="vroedvrouw">: "vroedvrouw" is not in begrippen\/nl\.yaml/] },
	// help entries (issue: help directory)
	{ name: 'a help entry with invalid opening hours', file: HELP, change: replace('"Mo-Fr 09:00-17:00"', '"Mo-Fr 25:00-26:00"'), expected: [/hulp\/taalcafe\.yaml/, /openingHours: "Mo-Fr 25:00-26:00" is not valid opening_hours syntax/] },
	{ name: 'a help entry with an unparseable phone number', file: HELP, change: replace('cost: free', 'phone: "bel ons"\ncost: free'), expected: [/hulp\/taalcafe\.yaml/, /phone: "bel ons" is not a valid Dutch phone number/] },
	{ name: 'a help entry with a foreign phone number', file: HELP, change: replace('cost: free', 'phone: "+44 20 7946 0958"\ncost: free'), expected: [/hulp\/taalcafe\.yaml/, /phone: "\+44 20 7946 0958" is not a valid Dutch phone number/] },
	{ name: 'a help entry with an unknown category', file: HELP, change: replace('categories: [taal-en-lezen, ontmoeten]', 'categories: [taal-en-lezen, sport]'), expected: [/hulp\/taalcafe\.yaml/, /categories\.1/] },
	{ name: 'a help entry with an unknown phase', file: HELP, change: replace('phases: [zwanger, baby, dreumes, peuter]', 'phases: [zwanger, kleuter]'), expected: [/hulp\/taalcafe\.yaml/, /phases\.1/] },
	{ name: 'a help entry with an unknown language code', file: HELP, change: replace('languages: [nl, ar]', 'languages: [nl, arabisch]'), expected: [/hulp\/taalcafe\.yaml/, /languages\.1: "arabisch" is not an ISO 639-1 language code/] },
	{ name: 'a help entry without a Dutch description', file: HELP, change: replace(/^ {2}nl: .*\n/m, ''), expected: [/hulp\/taalcafe\.yaml/, /description/] },
	{ name: 'a help entry reviewed in the future', file: HELP, change: replace('lastReviewed: 2026-11-01', 'lastReviewed: 2999-01-01'), expected: [/hulp\/taalcafe\.yaml/, /lastReviewed/, /lies in the future/] },
	{ name: 'two help files with the same id', file: 'hulp/taalcafe.yml', change: () => readFileSync(join(TOWN_FIXTURE, HELP), 'utf8'), expected: [/hulp\/taalcafe\.ya?ml: id: "taalcafe" is already used by .*hulp\/taalcafe\.ya?ml/] },
	// café (issue: Sjpruut Café)
	{ name: 'a café with an invalid RRULE', file: CAFE, change: replace('rrule: FREQ=WEEKLY;BYDAY=TU', 'rrule: FREQ=WEEKLY;BYDAY=DINSDAG'), expected: [/cafe\/locaties\/strandhuis\.yaml/, /rrule: "FREQ=WEEKLY;BYDAY=DINSDAG" is not a valid RRULE/] },
	{ name: 'a café that ends before it starts', file: CAFE, change: replace('endTime: "11:30"', 'endTime: "08:30"'), expected: [/cafe\/locaties\/strandhuis\.yaml/, /endTime: 08:30 is not after startTime 09:30/] },
	{ name: 'a café without coordinates', file: CAFE, change: replace(/^coordinates:\n.*\n.*\n/m, ''), expected: [/cafe\/locaties\/strandhuis\.yaml/, /coordinates/] },
	{ name: 'a café exception that is not a date of the series', file: CAFE, change: replace('  - date: 2027-04-13', '  - date: 2027-04-14'), expected: [/cafe\/locaties\/strandhuis\.yaml: exceptions\.0\.date: 2027-04-14 is not a date of this café's series/] },
	{ name: 'a themed session at an unknown location', file: THEME, change: replace('location: strandhuis', 'location: zwembad'), expected: [/cafe\/thema\/borstvoeding\.mdx: location: "zwembad" is not a café location/] },
	{ name: 'a themed session outside the series', file: THEME, change: replace('date: 2027-03-30', 'date: 2027-03-31'), expected: [/cafe\/thema\/borstvoeding\.mdx: date: 2027-03-31 is not a date of the café at "strandhuis"/] },
	{ name: 'two café files with the same id', file: 'cafe/locaties/strandhuis.yml', change: () => readFileSync(join(TOWN_FIXTURE, CAFE), 'utf8'), expected: [/cafe\/locaties\/strandhuis\.ya?ml: id: "strandhuis" is already used by .*cafe\/locaties\/strandhuis\.ya?ml/] },
];

describe('bad content fails the build with the file and field named', () => {
	it.each(CASES)('$name', ({ file, change, expected }) => {
		const build = buildFixture(TOWN_FIXTURE, { [file]: change });
		try {
			expect(build.ok, 'the build should have failed').toBe(false);
			for (const pattern of expected) expect(build.output).toMatch(pattern);
		} finally {
			cleanUp(build);
		}
	});

	it('a translated file with no Dutch original', () => {
		const orphan = readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8').replace('lastReviewed:', 'translation: machine\nlastReviewed:');
		const build = buildFixture(TOWN_FIXTURE, { 'fasen/en/zwanger/bestaat-niet-in-het-nederlands.mdx': () => orphan });
		try {
			expect(build.ok, 'the build should have failed').toBe(false);
			expect(build.output).toMatch(/fasen\/en\/zwanger\/bestaat-niet-in-het-nederlands\.mdx: this translation has no Dutch original/);
		} finally {
			cleanUp(build);
		}
	});

	it('a translated file that does not say how it was translated', () => {
		const translated = readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8');
		const build = buildFixture(TOWN_FIXTURE, { 'fasen/en/zwanger/eerste-afspraak.mdx': () => translated });
		try {
			expect(build.ok, 'the build should have failed').toBe(false);
			expect(build.output).toMatch(/fasen\/en\/zwanger\/eerste-afspraak\.mdx: translation: say "machine" or "reviewed"/);
		} finally {
			cleanUp(build);
		}
	});
});
