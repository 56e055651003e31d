import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dutchPhoneNumber } from '../../src/lib/phone.ts';
import { loadSiteConfig, parseSiteConfig } from '../../src/lib/site-config.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/bad-site/${name}.yaml`, 'utf8');

describe('content/heerlen/site.yaml', () => {
	it('is valid for Heerlen, with every urgent line the issue asks for', () => {
		const site = loadSiteConfig('content/heerlen');
		expect(site.name).toBe('Sjpruut');
		expect(site.region).toBe('Heerlen');
		const dials = site.urgent.map((line) => line.phone?.dial);
		expect(dials).toEqual(expect.arrayContaining(['112', '+318002000', '+318000113']));
		expect(site.urgent.map((line) => line.id)).toEqual(expect.arrayContaining(['verloskundige', 'huisartsenpost']));
	});

	it('formats a phone number for reading and for dialling', () => {
		const site = loadSiteConfig('content/heerlen');
		const veiligThuis = site.urgent.find((line) => line.id === 'veilig-thuis');
		expect(veiligThuis?.phone).toEqual({ display: '0800\u00a02000', dial: '+318002000' });
	});
});

describe('a broken site.yaml', () => {
	it.each([
		['missing-name', /bad\/site\.yaml: name: .*(required|expected string)/i],
		['malformed-phone', /bad\/site\.yaml: urgent\.0\.phone: "0800-12" is not a valid Dutch phone number/],
		['unknown-locale', /bad\/site\.yaml: tagline: unknown locale; use one of nl, en, ar, tr, pl \(de\)/],
		['line-break-in-name', /bad\/site\.yaml: name: has a line break; keep it on one line/],
		['control-character-in-tagline', /bad\/site\.yaml: tagline\.nl: has an invisible control character \(U\+0007\)/],
	])('%s is rejected with the file and the field named', (name, message) => {
		expect(() => parseSiteConfig(fixture(name), 'bad/site.yaml')).toThrow(message);
	});

	it('that is not YAML at all is rejected with the file named', () => {
		expect(() => parseSiteConfig('name: [unclosed', 'bad/site.yaml')).toThrow(/^bad\/site\.yaml: not valid YAML/);
	});

	it('with one urgent id used twice is rejected', () => {
		const twice = fixture('missing-name').replace('# Bad input: the site has no name.', 'name: X') + fixture('missing-name').split('urgent:\n')[1];
		expect(() => parseSiteConfig(twice, 'bad/site.yaml')).toThrow(/urgent: the id "alarmnummer" is used twice/);
	});
});

// The huisartsenpost appears twice in Heerlen's content: as an urgent line and as a help entry. A parent must find the
// same name everywhere, in every language, and never two different numbers.
describe('the huisartsenpost in site.yaml and in the help directory', () => {
	const site = loadSiteConfig('content/heerlen');
	const line = site.urgent.find((u) => u.id === 'huisartsenpost');
	const entry = parseYaml(readFileSync('content/heerlen/hulp/huisartsenspoedpost-oostelijk-zuid-limburg.yaml', 'utf8')) as { name: string; phone?: string; categories: string[] };

	it('has one name in every language, the help entry’s', () => {
		expect(line).toBeDefined();
		expect(new Set(Object.values(line!.name))).toEqual(new Set([entry.name]));
	});

	it('is urgent care in the help directory', () => {
		expect(entry.categories).toContain('spoedzorg');
	});

	it('gives the same number in both places, or none in either', () => {
		expect(line!.phone?.dial).toBe(entry.phone ? dutchPhoneNumber(entry.phone)?.dial : undefined);
	});
});
