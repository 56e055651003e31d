import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, cleanUp, NATIONAL, TOWN_FIXTURE } from '../support/fixture-build.ts';

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
	// site.yaml (issue: foundation)
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
	// content that could run code (issue: editors and content safety)
	{ name: 'an MDX import', file: TOPIC, change: replace('<WatIsHet>', "import { execSync } from 'node:child_process'\n\n<WatIsHet>"), expected: [/eerste-afspraak\.mdx:\d+: import and export are not allowed/] },
	{ name: 'an MDX export', file: TOPIC, change: replace('<WatIsHet>', 'export const geheim = process.env.HOME\n\n<WatIsHet>'), expected: [/eerste-afspraak\.mdx:\d+: import and export are not allowed/] },
	{ name: 'a {…} expression', file: TOPIC, change: replace('Bij de eerste afspraak', 'Bij {process.env.HOME} de eerste afspraak'), expected: [/eerste-afspraak\.mdx:\d+: \{…\} is code and not allowed/] },
	{ name: 'a <script>', file: TOPIC, change: replace('</WatIsHet>', '<script>alert(1)</script>\n\n</WatIsHet>'), expected: [/eerste-afspraak\.mdx:\d+: <script> is not allowed here/] },
	{ name: 'a <meta> refresh', file: TOPIC, change: replace('</WatIsHet>', '<meta http-equiv="refresh" content="0;url=https://phishing.example" />\n\n</WatIsHet>'), expected: [/eerste-afspraak\.mdx:\d+: <meta> is not allowed here/] },
	{ name: 'raw HTML', file: TOPIC, change: replace('Bij de eerste afspraak', 'Bij de <b>eerste</b> afspraak'), expected: [/eerste-afspraak\.mdx:\d+: <b> is not allowed here/] },
	{ name: 'an unknown component', file: TOPIC, change: replace('</WatIsHet>', '<Video src="x" />\n\n</WatIsHet>'), expected: [/eerste-afspraak\.mdx:\d+: <Video> is not allowed here/] },
	{ name: 'a javascript: link', file: TOPIC, change: replace('Bij de eerste afspraak', '[Klik](javascript:alert(1)) Bij de eerste afspraak'), expected: [/eerste-afspraak\.mdx:\d+: the link "javascript:alert\(1\)" may only go to/] },
	{ name: 'a component in a themed café session', file: THEME, change: (text) => `${text}\n<Begrip term="verloskundige">x</Begrip>\n`, expected: [/cafe\/thema\/borstvoeding\.mdx:\d+: <Begrip> is not allowed here \(allowed: none\)/] },
	// tighter input rules
	{ name: 'a file name that is not an id', file: 'fasen/nl/zwanger/Eerste-Afspraak.mdx', change: () => readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8').replace('title: De eerste afspraak', 'title: Andere afspraak'), expected: [/fasen\/nl\/zwanger\/Eerste-Afspraak\.mdx: the file name "Eerste-Afspraak" becomes a web address/] },
	{ name: 'a .md file next to the .mdx files', file: 'fasen/nl/zwanger/extra.md', change: () => '# Extra\n', expected: [/fasen\/nl\/zwanger\/extra\.md: the build does not read this file/] },
	{ name: 'a .YAML help file', file: 'hulp/nieuw.YAML', change: () => readFileSync(join(TOWN_FIXTURE, HELP), 'utf8'), expected: [/hulp\/nieuw\.YAML: the build does not read this file/] },
	{ name: 'a nested help folder', file: 'hulp/oud/taalcafe.yaml', change: () => readFileSync(join(TOWN_FIXTURE, HELP), 'utf8'), expected: [/hulp\/oud\/taalcafe\.yaml: the build does not read this file/] },
	{ name: 'a .yaml.txt file', file: 'hulp/taalcafe.yaml.txt', change: () => 'x: 1\n', expected: [/hulp\/taalcafe\.yaml\.txt: the build does not read this file/] },
	{ name: 'index.mdx as a topic name', file: 'fasen/nl/zwanger/index.mdx', change: () => readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8'), expected: [/fasen\/nl\/zwanger\/index\.mdx: "index" is a name the site uses itself/] },
	{ name: 'an empty topic file', file: 'fasen/nl/zwanger/leeg.mdx', change: () => '', expected: [/fasen\/nl\/zwanger\/leeg\.mdx: the file is empty/] },
	{ name: 'a topic without frontmatter', file: TOPIC, change: (text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''), expected: [/eerste-afspraak\.mdx: the file must start with its frontmatter/] },
	{ name: 'frontmatter that is not closed', file: TOPIC, change: (text) => text.replace(/\n---\n/, '\n'), expected: [/eerste-afspraak\.mdx: the frontmatter is not closed/] },
	{ name: 'a title with a line break', file: TOPIC, change: replace('title: De eerste afspraak', 'title: "De eerste\\nafspraak"'), expected: [/eerste-afspraak\.mdx/, /title: has a line break/] },
	{ name: 'a help name with a control character', file: HELP, change: replace(/^name: (.*)$/m, 'name: "$1\\u0007"'), expected: [/hulp\/taalcafe\.yaml/, /name: has an invisible control character \(U\+0007\)/] },
	{ name: 'a summary with a text-direction override', file: TOPIC, change: replace(/^summary: (.*)$/m, 'summary: "\\u202E$1"'), expected: [/eerste-afspraak\.mdx/, /summary: has a hidden text-direction character \(U\+202E\)/] },
	{ name: 'a site name longer than a name can be', file: 'site.yaml', change: replace('name: Kleintje', `name: ${'Kleintje '.repeat(20)}`), expected: [/site\.yaml: name: is longer than 100 characters/] },
	{ name: 'a premium-rate help number', file: HELP, change: replace('cost: free', 'phone: "0900 1234567"\ncost: free'), expected: [/hulp\/taalcafe\.yaml/, /phone: "0900 1234567" is a premium-rate number/] },
	// information a parent can trust
	{ name: 'a whenToCall line over 15 words', file: TOPIC, change: replace('  - Je bloedt veel. Bel je verloskundige.', '  - Je bloedt veel en je voelt je slap en duizelig en je weet niet wat je moet doen. Bel je verloskundige.'), expected: [/eerste-afspraak\.mdx: whenToCall\.0: 21 words/] },
	{ name: 'a whenToCall line without anyone to call', file: TOPIC, change: replace('  - Je bloedt veel. Bel je verloskundige.', '  - Je bloedt veel.'), expected: [/eerste-afspraak\.mdx: whenToCall\.0: say who to call/] },
	{ name: 'a source that is only a home page', file: TOPIC, change: replace('url: https://www.thuisarts.nl/zwangerschap', 'url: https://www.voedingscentrum.nl/'), expected: [/eerste-afspraak\.mdx/, /sources\.0\.url: is only a home page/] },
	// translations
	{ name: 'a translation with an unknown translation value', file: 'fasen/en/zwanger/eerste-afspraak.mdx', change: () => readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8').replace('lastReviewed:', 'translation: google\ntranslatedFrom: 0123456789ab\nlastReviewed:'), expected: [/fasen\/en\/zwanger\/eerste-afspraak\.mdx/, /translation: say "machine" or "reviewed"/] },
	// a town's layer
	{ name: 'hiding a page that does not exist', file: 'site.yaml', change: replace('  - baby/kolven-op-je-werk', '  - baby/bestaat-niet'), expected: [/site\.yaml: hide\.0: "baby\/bestaat-niet" is not a national page/] },
	{ name: 'a local page with a national id, not marked as override', file: 'fasen/nl/baby/koorts.mdx', change: () => readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8').replace('phase: zwanger', 'phase: baby'), expected: [/fasen\/nl\/baby\/koorts\.mdx: override: "baby\/koorts" is a national page; add "override: true"/] },
	{ name: 'local help on a national page that does not exist', file: 'site.yaml', change: replace('  baby/borstvoeding: [kraamhulp]', '  baby/borstvoeding: [verzonnen-dienst]'), expected: [/site\.yaml: relatedHelp\.baby\/borstvoeding: "verzonnen-dienst" is neither a help category nor a file in hulp\//] },
	{ name: 'a café contact that is not a help entry', file: 'site.yaml', change: (text) => `${text}\ncafeAsk: [verzonnen-dienst]\n`, expected: [/site\.yaml: cafeAsk\.0: "verzonnen-dienst" is not a file in hulp\//] },
	{ name: 'a kept page linking to a hidden one', file: TOPIC, change: replace('Bij de eerste afspraak', 'Lees over [kolven](/baby/kolven-op-je-werk/). Bij de eerste afspraak'), expected: [/fasen\/nl\/zwanger\/eerste-afspraak\.mdx: links to \/baby\/kolven-op-je-werk\/ \(.*fasen\/nl\/baby\/kolven-op-je-werk\.mdx\), which .*site\.yaml hides/] },
];

/** Cases that break a copy of the national layer: the town's folder stays as it is. */
const NATIONAL_CASES: { name: string; file: string; change: (text: string) => string; expected: RegExp[] }[] = [
	{ name: 'a week page outside weeks 4 to 42', file: 'weken/nl/43.mdx', change: () => readFileSync(join(NATIONAL, 'weken/nl/42.mdx'), 'utf8').replace(/^week: 42$/m, 'week: 43'), expected: [/weken\/nl\/43\.mdx/, /week: a pregnancy lasts at most 42 weeks/] },
	{ name: 'a week with two pages', file: 'weken/nl/21.mdx', change: (text) => text.replace(/^week: 21$/m, 'week: 20'), expected: [/weken\/nl\/21\.mdx: week: 20 does not match the file name/, /weken\/nl\/21\.mdx: week: week 20 already has a page/] },
	{ name: 'a milestone without a date rule', file: 'mijlpalen.yaml', change: (text) => text.replace(/^  week: 8 .*\n/m, ''), expected: [/mijlpalen\.yaml/, /eerste-afspraak-verloskundige/, /week: needs a date rule: give one of week, day, month or rule/] },
	{ name: 'a national page that names a town’s service', file: 'fasen/nl/baby/borstvoeding.mdx', change: (text) => text.replace(/^relatedHelp: .*$/m, 'relatedHelp: [lactatiekundige-nvl]'), expected: [/fasen\/nl\/baby\/borstvoeding\.mdx: relatedHelp: "lactatiekundige-nvl" is not a help category: a national page names categories only/] },
];

describe('bad national content fails every town’s build with the file and field named', () => {
	it.each(NATIONAL_CASES)('$name', ({ file, change, expected }) => {
		const build = buildFixture(TOWN_FIXTURE, {}, { [file]: change });
		try {
			expect(build.ok, 'the build should have failed').toBe(false);
			for (const pattern of expected) expect(build.output).toMatch(pattern);
		} finally {
			cleanUp(build);
		}
	});
});

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
		const orphan = readFileSync(join(TOWN_FIXTURE, TOPIC), 'utf8').replace('lastReviewed:', 'translation: machine\ntranslatedFrom: 0123456789ab\nlastReviewed:');
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
