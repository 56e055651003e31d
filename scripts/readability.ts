// Prints the readability figures of Dutch MDX files: node scripts/readability.ts content/fasen/nl/**/*.mdx
import { readFileSync } from 'node:fs';
import { meetsReadabilityGate, readabilityOf, readableProse } from '../src/lib/readability.ts';

let failed = 0;
for (const file of process.argv.slice(2)) {
	const r = readabilityOf(readableProse(readFileSync(file, 'utf8')));
	const ok = meetsReadabilityGate(r);
	if (!ok) failed++;
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${r.wordsPerSentence} words/sentence, Flesch-Douma ${r.fleschDouma} (${r.sentences} sentences, ${r.words} words)`);
}
process.exitCode = failed ? 1 : 0;
