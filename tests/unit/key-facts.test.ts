import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

// The numbers that matter most, each pinned to the page a parent reads them on (checked against the cited sources on
// 2026-11-28). The test fails when a number disappears or changes on its page.
const NL = 'content/nationaal/fasen/nl';
const page = (id: string) => readFileSync(join(NL, `${id}.mdx`), 'utf8');

const KEY_FACTS: { fact: string; page: string; pattern: RegExp }[] = [
	{ fact: 'vitamin K drops every day until 12 weeks (breastfeeding)', page: 'bevalling/vitamine-k-en-d', pattern: /vitamine K-druppels elke dag tot 12 weken/ },
	{ fact: 'vitamin K drops every day until 12 weeks (breastfeeding)', page: 'baby/borstvoeding', pattern: /vitamine K-druppels elke dag tot 12 weken/ },
	{ fact: 'vitamin D 10 microgram every day from day 8 until age 4', page: 'bevalling/vitamine-k-en-d', pattern: /10 microgram vitamine D elke dag vanaf dag 8 tot je kind 4 jaar is/ },
	{ fact: 'heel prick between 72 and 168 hours after birth', page: 'bevalling/hielprik-en-gehoortest', pattern: /tussen 72 en 168 uur na de geboorte/ },
	{ fact: 'fever is 38,0 °C or higher, measured in the bottom', page: 'baby/koorts', pattern: /38,0 graden of hoger\. Je meet dat in de billen/ },
	{ fact: 'at most 200 mg caffeine a day', page: 'zwanger/gezond-eten-zwanger', pattern: /niet meer dan 200 milligram cafeïne per dag/ },
	{ fact: 'RSV: an antibody injection, not a vaccine', page: 'baby/vaccinaties', pattern: /geen vaccin/ },
];

describe('key facts stay on their pages', () => {
	it.each(KEY_FACTS)('$page: $fact', ({ page: id, pattern }) => {
		expect(page(id)).toMatch(pattern);
	});

	it('safe sleep says both the room temperature and "not in your own bed"', () => {
		expect(page('baby/veilig-slapen')).toMatch(/16 tot 18 graden/);
		expect(page('baby/veilig-slapen')).toMatch(/niet in je eigen bed/);
	});

	it('every "stops breathing" line on every Dutch page says: call 112', () => {
		const lines = globSync('*/*.mdx', { cwd: NL }).flatMap((file) => {
			const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(NL, file), 'utf8'))?.[1] ?? '') as { whenToCall?: string[] };
			return (data.whenToCall ?? []).filter((line) => /ademt niet|stopt met ademen/.test(line)).map((line) => ({ file, line }));
		});
		expect(lines.length).toBeGreaterThan(5);
		expect(lines.filter(({ line }) => !/\b112\b/.test(line))).toEqual([]);
	});
});
