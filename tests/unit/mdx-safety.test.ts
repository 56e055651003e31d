import { describe, expect, it } from 'vitest';
import { isSafeLink, mdxSafetyProblems } from '../../src/lib/mdx-safety.ts';

const check = (body: string, kind: Parameters<typeof mdxSafetyProblems>[2] = 'topic') => mdxSafetyProblems(`---\ntitle: T\n---\n\n${body}`, 'fasen/nl/baby/a.mdx', kind);

describe('mdxSafetyProblems: content is data, never code', () => {
	it('lets plain Markdown and the allowed components through', () => {
		const body = '<WatIsHet>\n\n## Kop\n\nTekst met [een pagina](/baby/koorts/), [Thuisarts](https://www.thuisarts.nl/koorts) en [bel](tel:0800-2000), **vet** en _schuin_.\n\n- een\n- twee\n\n</WatIsHet>\n\n<WatKunJeDoen>\n\nLees over <Begrip term="kraamzorg">kraamzorg</Begrip>.\n\n</WatKunJeDoen>\n';
		expect(check(body)).toEqual([]);
	});

	it.each([
		['an import', "import fs from 'node:fs'", /a\.mdx:5: import and export are not allowed/],
		['an export', 'export const geheim = process.env.GEHEIM', /a\.mdx:5: import and export are not allowed/],
		['an expression in text', 'Hallo {process.env.GEHEIM}', /a\.mdx:5: \{…\} is code/],
		['an expression on its own line', '{1 + 1}', /a\.mdx:5: \{…\} is code/],
		['a script', '<script>alert(1)</script>', /a\.mdx:5: <script> is not allowed here/],
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://phishing.example" />', /a\.mdx:5: <meta> is not allowed here/],
		['raw HTML', 'Tekst <b>vet</b>', /a\.mdx:5: <b> is not allowed here/],
		['an unknown component', '<Video src="x" />', /a\.mdx:5: <Video> is not allowed here \(allowed: <WatIsHet>, <WatKunJeDoen>, <Begrip>\)/],
		['an event attribute', '<Begrip term="a" onClick="x">w</Begrip>', /<Begrip> does not take the attribute "onClick"/],
		['an expression attribute', '<Begrip term={x}>w</Begrip>', /<Begrip term>: write the value as plain text/],
		['a spread attribute', '<Begrip {...props}>w</Begrip>', /<Begrip> does not take \{…\}/],
		['a javascript: link', '[klik](javascript:alert(1))', /the link "javascript:alert\(1\)" may only go to/],
		['a plain-http link', '[klik](http://example.org/a)', /the link "http:\/\/example\.org\/a" may only go to/],
		['a link by reference', '[klik][a]\n\n[a]: data:text/html,hi', /a\.mdx:7: the link "data:text\/html,hi"/],
		['an image', '![foto](https://example.org/a.png)', /images are not allowed/],
		['an HTML comment', '<!-- opmerking -->', /a\.mdx:5: this is not valid MDX/],
	])('rejects %s, naming the file and line', (_, body, expected) => {
		expect(check(body).join('\n')).toMatch(expected);
	});

	it('allows each kind of content only its own components', () => {
		expect(check('<JeBaby>\n\nTekst.\n\n</JeBaby>', 'week')).toEqual([]);
		expect(check('<JeBaby>\n\nTekst.\n\n</JeBaby>', 'topic')).toEqual(['fasen/nl/baby/a.mdx:5: <JeBaby> is not allowed here (allowed: <WatIsHet>, <WatKunJeDoen>, <Begrip>)']);
		expect(check('<Begrip term="a">a</Begrip>', 'cafeTheme')).toEqual(['fasen/nl/baby/a.mdx:5: <Begrip> is not allowed here (allowed: none)']);
	});
});

describe('isSafeLink', () => {
	it.each(['/baby/koorts/', '/ar/hulp/', '#wat-is-het', 'https://www.thuisarts.nl/koorts', 'tel:0800-2000', 'tel:+31 45 123 4567', 'mailto:info@example.org'])('allows %s', (url) => {
		expect(isSafeLink(url)).toBe(true);
	});
	it.each(['//evil.example/x', 'http://x.nl', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'tel:javascript', 'mailto:', 'ftp://x.nl', 'baby/koorts'])('refuses %s', (url) => {
		expect(isSafeLink(url)).toBe(false);
	});
});
