import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENTS } from '../../src/lib/editor-components.ts';
import { ALLOWED_COMPONENTS } from '../../src/lib/mdx-safety.ts';

const files = ['content', 'tests/fixtures/town'].flatMap((dir) => globSync('**/*.mdx', { cwd: dir }).map((f) => `${dir}/${f}`));
const byTag = (tag: string) => EDITOR_COMPONENTS.find((c) => c.id === tag[0]?.toLowerCase() + tag.slice(1));

describe('editor components for the MDX tags', () => {
	it('every tag an editor may use has a block with a Dutch label', () => {
		const tags = new Set(Object.values(ALLOWED_COMPONENTS).flatMap((allowed) => Object.keys(allowed)));
		for (const tag of tags) expect(byTag(tag), tag).toBeDefined();
	});

	it('reads real content', () => {
		expect(files.length).toBeGreaterThan(50);
		const found = files.flatMap((file) => EDITOR_COMPONENTS.flatMap((c) => [...readFileSync(file, 'utf8').matchAll(new RegExp(c.pattern.source, `${c.pattern.flags}g`))]));
		expect(found.length).toBeGreaterThan(200);
	});

	it.each(EDITOR_COMPONENTS.map((c) => [c.id, c] as const))('%s writes back every real block exactly as it was', (_, component) => {
		const changed: string[] = [];
		for (const file of files) {
			for (const match of readFileSync(file, 'utf8').matchAll(new RegExp(component.pattern.source, `${component.pattern.flags}g`))) {
				if (component.toBlock(component.fromBlock(match)) !== match[0]) changed.push(`${file}: ${match[0].slice(0, 60)}`);
			}
		}
		expect(changed).toEqual([]);
	});

	it('a new part gets a blank line after the opening tag and before the closing tag', () => {
		expect(byTag('WatIsHet')?.toBlock({ text: '\nEen zin.\n' })).toBe('<WatIsHet>\n\nEen zin.\n\n</WatIsHet>');
		expect(byTag('Begrip')?.toBlock({ term: 'kraamzorg', text: 'kraamzorg' })).toBe('<Begrip term="kraamzorg">kraamzorg</Begrip>');
	});

	it('a word cannot smuggle a tag into the page', () => {
		expect(byTag('Begrip')?.toBlock({ term: 'x', text: 'a<script>b' })).toBe('<Begrip term="x">ascriptb</Begrip>');
	});
});
