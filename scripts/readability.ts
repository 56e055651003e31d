// Prints the readability figures of Dutch MDX files, and what is wrong with their "when to call" lines:
// node scripts/readability.ts content/nationaal/fasen/nl/**/*.mdx
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { whenToCallProblems } from '../src/lib/content-checks.ts';
import { meetsReadabilityGate, readabilityOf, readableProse } from '../src/lib/readability.ts';

let failed = 0;
for (const file of process.argv.slice(2)) {
	const text = readFileSync(file, 'utf8');
	const r = readabilityOf(readableProse(text));
	const data = (parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
	const problems = whenToCallProblems({ id: file, file, data });
	const ok = meetsReadabilityGate(r) && problems.length === 0;
	if (!ok) failed++;
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${r.wordsPerSentence} words/sentence, Flesch-Douma ${r.fleschDouma} (${r.sentences} sentences, ${r.words} words)`);
	for (const problem of problems) console.log(`     ${problem}`);
}
process.exitCode = failed ? 1 : 0;
