// npm run report:content — per Dutch page: readability, age of the last review, sources, layer (national, local, or a
// local override) and the state of each translation; then each language's coverage and every out-of-date translation.
import { contentReport } from '../src/lib/content-report.ts';
import { contentDir, loadSiteConfig, nationalDir } from '../src/lib/site-config.ts';
import { PHASES } from '../src/lib/phases.ts';

const report = contentReport({ national: nationalDir(), local: contentDir(), hidden: loadSiteConfig().hide, today: new Date() });
console.table(
	report.pages.map((p) => ({
		page: p.page,
		layer: p.layer,
		'words/sentence': p.wordsPerSentence,
		'Flesch-Douma': p.fleschDouma,
		gate: p.gate,
		'reviewed (days ago)': p.reviewedDaysAgo,
		sources: p.sources,
		translations: Object.entries(p.translations)
			.map(([l, s]) => `${l}:${s}`)
			.join(' '),
	})),
);
const percent = ({ have, of }: { have: number; of: number }) => `${of ? Math.floor((have / of) * 100) : 100} % (${have}/${of})`;
console.table(Object.fromEntries(Object.entries(report.coverage).map(([kind, perLocale]) => [kind, Object.fromEntries(Object.entries(perLocale).map(([l, c]) => [l, percent(c)]))])));
const topics = report.pages.filter((p) => p.kind === 'topic' && p.layer !== 'hidden');
const perPhase = PHASES.map((phase) => `${phase} ${topics.filter((p) => p.page.startsWith(`${phase}/`)).length}`).join(', ');
const failing = report.pages.filter((p) => p.gate !== 'ok').length;
const stale = report.pages.filter((p) => typeof p.reviewedDaysAgo !== 'number' || p.reviewedDaysAgo > 365).length;
const noSources = report.pages.filter((p) => p.kind !== 'site page' && p.sources === 0).length;
console.log(`${topics.length} Dutch topic pages (${perPhase}); ${report.pages.filter((p) => p.kind === 'week').length} week pages; ${report.pages.filter((p) => p.layer === 'local override').length} local overrides; ${report.pages.filter((p) => p.layer === 'hidden').length} hidden.`);
console.log(`${failing} below the readability gate; ${stale} not reviewed in the last 12 months; ${noSources} without sources.`);
console.log(report.outdated.length ? `${report.outdated.length} translations are out of date:\n${report.outdated.map((f) => `  ${f}`).join('\n')}` : '0 translations out of date.');
console.log(
	report.helpWithoutLanguage.length
		? `${report.helpWithoutLanguage.length} help entries show Dutch in some languages:\n${report.helpWithoutLanguage.map((h) => `  ${h.file}: no ${h.missing.join(', ')}`).join('\n')}`
		: 'Every help entry has a description in every language.',
);
