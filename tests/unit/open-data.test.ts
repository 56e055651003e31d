import { describe, expect, it } from 'vitest';
import { toCsv, type OpenDataService } from '../../src/lib/open-data.ts';

const service: OpenDataService = {
	id: 'kraamzorg',
	name: 'Kraamzorg Café',
	organization: 'Zorg & Co',
	description: { nl: 'Hulp na de bevalling, ook thuis.' },
	categories: ['zorg'],
	phases: ['baby'],
	languages: ['nl'],
	urgent: false,
	lastReviewed: new Date('2027-01-05T00:00:00Z'),
};

/** The cells of the CSV's second line (its first service), as a spreadsheet splits them. */
function firstRow(csv: string): string[] {
	const line = csv.split('\r\n')[1] ?? '';
	return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 16);
}

describe('toCsv', () => {
	it('starts with a UTF-8 byte order mark, so Excel shows "é" rather than "Ã©"', () => {
		const csv = toCsv([service]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csv.slice(1).startsWith('id,name,organization,')).toBe(true);
	});

	it.each([
		['=', '=HYPERLINK("https://evil.example","Klik")'],
		['+', '+31 45 123 4567'],
		['-', '-2+3+cmd|\' /C calc\'!A0'],
		['@', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
		['a tab', '\t=1+1'],
		['a carriage return', '\r=1+1'],
	])('puts an apostrophe before a cell that starts with %s, so no spreadsheet runs it as a formula', (_, hostile) => {
		const row = firstRow(toCsv([{ ...service, name: hostile, organization: hostile, description: { nl: hostile } }]));
		expect(row[1]).toBe(`'${hostile}`);
		expect(row[2]).toBe(`'${hostile}`);
		expect(row[15]).toBe(`'${hostile}`);
	});

	it('leaves ordinary text alone', () => {
		const row = firstRow(toCsv([service]));
		expect(row.slice(0, 3)).toEqual(['kraamzorg', 'Kraamzorg Café', 'Zorg & Co']);
		expect(row[15]).toBe('Hulp na de bevalling, ook thuis.');
	});
});
