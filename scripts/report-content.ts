// npm run report:content — one line per Dutch page: readability, age of the last review, sources and translations.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { meetsReadabilityGate, readabilityOf, readableProse } from '../src/lib/readability.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/locales.ts';
import { contentDir } from '../src/lib/site-config.ts';

const content = contentDir();
const today = Date.now();
const frontmatter = (text: string) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const rows = [...globSync('fasen/nl/*/*.mdx', { cwd: content }), ...globSync('paginas/nl/*.mdx', { cwd: content })].sort().map((file) => {
	const text = readFileSync(join(content, file), 'utf8');
	const data = frontmatter(text);
	const r = readabilityOf(readableProse(text));
	const reviewed = new Date(String(data.lastReviewed));
	const ageDays = Math.floor((today - reviewed.getTime()) / 86_400_000);
	const translations = others.map((locale) => {
		const path = join(content, file.replace(`/${DEFAULT_LOCALE}/`, `/${locale}/`));
		if (!existsSync(path)) return `${locale}:–`;
		return `${locale}:${frontmatter(readFileSync(path, 'utf8')).translation === 'reviewed' ? 'reviewed' : 'machine'}`;
	});
	return {
		page: file.replace(/^(fasen|paginas)\/nl\//, '').replace(/\.mdx$/, ''),
		'words/sentence': r.wordsPerSentence,
		'Flesch-Douma': r.fleschDouma,
		gate: meetsReadabilityGate(r) ? 'ok' : 'FAIL',
		'reviewed (days ago)': Number.isNaN(ageDays) ? 'never' : ageDays,
		sources: Array.isArray(data.sources) ? data.sources.length : 0,
		translations: translations.join(' '),
	};
});

console.table(rows);
const failing = rows.filter((r) => r.gate !== 'ok').length;
const stale = rows.filter((r) => typeof r['reviewed (days ago)'] !== 'number' || r['reviewed (days ago)'] > 365).length;
console.log(`${rows.length} Dutch pages; ${failing} below the readability gate; ${stale} not reviewed in the last 12 months.`);
