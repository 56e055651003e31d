import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

// Every town's build shows the national layer as it is, so no national file may name a town or give a local number.
const NATIONAL = 'content/nationaal';
const TOWNS = ['content/heerlen', 'tests/fixtures/town'];
const nationalFiles = globSync('**/*.{mdx,yaml}', { cwd: NATIONAL }).map((file) => ({ file: join(NATIONAL, file), text: readFileSync(join(NATIONAL, file), 'utf8') }));

/** The names a town goes by: its site name, region and programme. */
function townNames(town: string): string[] {
	const site = parseYaml(readFileSync(join(town, 'site.yaml'), 'utf8')) as { name: string; region: string; programme: string };
	return [site.name, site.region, site.programme];
}

/**
 * The town's own phone numbers in its site.yaml and help entries, as digits: every number but the national ones that
 * any town may print (112, 113, 116 xxx helplines and free 0800 numbers).
 */
function localNumbers(town: string): string[] {
	const texts = [join(town, 'site.yaml'), ...globSync('hulp/*.{yaml,yml}', { cwd: town }).map((f) => join(town, f))].map((f) => readFileSync(f, 'utf8'));
	const candidates = texts.flatMap((text) => [...text.matchAll(/(?:phone|whatsapp):\s*"?([+\d][\d\s-]{1,})"?/g)].map((m) => (m[1] ?? '').trim()));
	return candidates
		.filter((raw) => !/^(112|113|116\d{3})$/.test(raw.replace(/\D/g, '')) && parsePhoneNumberFromString(raw, 'NL')?.getType() !== 'TOLL_FREE')
		.map((raw) => parsePhoneNumberFromString(raw, 'NL')?.nationalNumber ?? raw.replace(/\D/g, ''));
}

/** Every run of digits in a text, joining groups written with spaces or dashes ("045 123 45 67" → "0451234567"). */
const digitRuns = (text: string) => (text.match(/\d[\d\s-]*\d/g) ?? []).map((run) => run.replace(/\D/g, ''));

describe('the national layer names no town', () => {
	it('has files to check', () => {
		expect(nationalFiles.length).toBeGreaterThan(100);
	});

	it.each(TOWNS)('no national file names %s', (town) => {
		const names = townNames(town);
		const naming = nationalFiles.flatMap(({ file, text }) => names.filter((name) => text.toLowerCase().includes(name.toLowerCase())).map((name) => `${file}: "${name}"`));
		expect(naming).toEqual([]);
	});

	it.each(TOWNS)('no national file gives a local phone number of %s', (town) => {
		const numbers = localNumbers(town);
		const giving = nationalFiles.flatMap(({ file, text }) => numbers.filter((n) => digitRuns(text).some((run) => run.endsWith(n))).map((n) => `${file}: ${n}`));
		expect(giving).toEqual([]);
	});

	it('would notice a town name or a local number', () => {
		const [name] = townNames('content/heerlen');
		expect(`Kom naar het café in ${name}`.toLowerCase()).toContain(name!.toLowerCase());
		const numbers = localNumbers('content/heerlen');
		expect(numbers.length).toBeGreaterThan(0);
		const written = `Bel 0${numbers.find((n) => n.length > 6)!.replace(/^(\d{2})(\d{3})/, '$1 $2 ')}.`;
		expect(digitRuns(written).some((run) => run.endsWith(numbers.find((n) => n.length > 6)!))).toBe(true);
	});
});
