import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, cleanUp, TOWN_FIXTURE } from '../support/fixture-build.ts';

// A new national release: one Dutch national page changes. The town's folder is not touched.
const PAGE = 'fasen/nl/baby/koorts.mdx';
const NEW_SENTENCE = 'Deze zin komt uit een nieuwe landelijke versie.';

describe('a town takes a national update without editing its own folder', () => {
	// The release also brings a glossary word with markup characters, which a town page uses without its own text.
	const build = buildFixture(
		TOWN_FIXTURE,
		{ 'fasen/nl/zwanger/eerste-afspraak.mdx': (text) => text.replace('Bel op tijd voor een afspraak.', 'Bel op tijd voor een afspraak. Vraag ook naar <Begrip term="zorg-en-co" />.') },
		{
			[PAGE]: (text) => text.replace('</WatIsHet>', `${NEW_SENTENCE}\n\n</WatIsHet>`),
			'begrippen/nl.yaml': (text) => `${text}\nzorg-en-co:\n  word: "<b>Zorg</b> & Co"\n  definition: "Zorg & Co brengt kraamzorg aan huis."\n`,
		},
	);
	afterAll(() => cleanUp(build));

	it('builds', () => {
		expect(build.output).not.toMatch(/Content problems/);
		expect(build.ok).toBe(true);
	});

	it('shows the changed national text in the town’s build', () => {
		expect(readFileSync(join(build.outDir, 'baby/koorts/index.html'), 'utf8')).toContain(NEW_SENTENCE);
	});

	it('tells readers of each translation, in their language, that the Dutch page is newer, with a link to it', () => {
		const notices = { en: 'The Dutch page was updated after this translation.', ar: 'تم تحديث الصفحة الهولندية بعد هذه الترجمة.', tr: 'Hollandaca sayfa bu çeviriden sonra güncellendi.', pl: 'Holenderska strona została zaktualizowana po tym tłumaczeniu.' };
		for (const [locale, notice] of Object.entries(notices)) {
			const page = readFileSync(join(build.outDir, locale, 'baby/koorts/index.html'), 'utf8');
			expect(page, locale).toContain(notice);
			expect(page, locale).toMatch(/<a href="\/baby\/koorts\/" hreflang="nl"/);
		}
		expect(readFileSync(join(build.outDir, 'en/baby/huilen/index.html'), 'utf8')).not.toContain(notices.en);
	});

	it('shows a glossary word used without its own text as text, never as HTML', () => {
		const page = readFileSync(join(build.outDir, 'zwanger/eerste-afspraak/index.html'), 'utf8');
		const button = page.match(/<button[^>]*popovertarget="begrip-zorg-en-co"[^>]*>(.*?)<\/button>/)?.[1];
		expect(button).toBe('&lt;b&gt;Zorg&lt;/b&gt; &amp; Co');
	});

	it('lists those translations as out of date in npm run report:content', () => {
		const report = spawnSync('node', ['scripts/report-content.ts'], { encoding: 'utf8', env: { ...process.env, SJPRUUT_CONTENT: build.contentDir, SJPRUUT_NATIONAL: build.nationalDir } });
		expect(report.status).toBe(0);
		expect(report.stdout).toMatch(/4 translations are out of date:/);
		for (const locale of ['en', 'ar', 'tr', 'pl']) expect(report.stdout).toContain(relative(process.cwd(), join(build.nationalDir, `fasen/${locale}/baby/koorts.mdx`)));
	});
});
