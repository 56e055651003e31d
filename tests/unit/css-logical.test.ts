import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Logical properties only, so that Arabic mirrors by itself: no left/right/top/bottom, and no four-value
// shorthand whose right and left sides differ.
const PHYSICAL = [
	/\b(?:margin|padding|border)-(?:left|right|top|bottom)\b/,
	/(?:^|[\s;{])(?:left|right|top|bottom)\s*:/,
	/\btext-align\s*:\s*(?:left|right)\b/,
	/\bfloat\s*:\s*(?:left|right)\b/,
	/\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
];

function asymmetricShorthand(declaration: string): boolean {
	const match = /^\s*(margin|padding|border-radius|inset)\s*:\s*([^;]+)$/.exec(declaration);
	if (!match) return false;
	const values = (match[2] ?? '').trim().split(/\s+(?![^(]*\))/);
	if (match[1] === 'border-radius') return values.length > 1 && new Set(values).size > 1;
	return values.length === 4 && values[1] !== values[3];
}

const sheets = [...globSync('src/styles/*.css'), ...globSync('src/**/*.astro')];

describe.each(sheets)('%s', (file) => {
	it('uses logical properties only', () => {
		const text = readFileSync(file, 'utf8');
		const css = file.endsWith('.astro') ? [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') : text;
		const declarations = css.replace(/\/\*[\s\S]*?\*\//g, '').split(/[;{}]/);
		const physical = declarations.filter((d) => PHYSICAL.some((rule) => rule.test(d)) || asymmetricShorthand(d)).map((d) => d.trim());
		expect(physical).toEqual([]);
	});
});

it('catches a physical property and an asymmetric shorthand', () => {
	expect(PHYSICAL.some((rule) => rule.test(' margin-left: 1rem'))).toBe(true);
	expect(asymmetricShorthand('padding: 0 1rem 0 0')).toBe(true);
	expect(asymmetricShorthand('padding: 0.5rem 1rem')).toBe(false);
});
