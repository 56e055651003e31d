// After translating or checking a translation against the current Dutch text, record which Dutch version it matches:
//   npm run translations:stamp -- content/nationaal/fasen/ar/baby/koorts.mdx [more files...]
// It writes `translatedFrom: <fingerprint of the Dutch original>` into each file's frontmatter. Stamp only files you
// really brought up to date: the fingerprint is how readers are told that a translation is old.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/locales.ts';
import { dutchFingerprint } from '../src/lib/translations.ts';

const files = process.argv.slice(2);
if (!files.length) {
	console.error('usage: npm run translations:stamp -- <translated .mdx file> [...]');
	process.exit(2);
}
let failed = 0;
for (const file of files) {
	const locale = LOCALES.find((l) => l !== DEFAULT_LOCALE && file.includes(`/${l}/`));
	const dutch = locale && file.replace(`/${locale}/`, `/${DEFAULT_LOCALE}/`);
	if (!dutch || !existsSync(dutch) || !file.endsWith('.mdx')) {
		console.error(`${file}: not a translation of an existing Dutch .mdx file`);
		failed++;
		continue;
	}
	const text = readFileSync(file, 'utf8');
	const stamp = `translatedFrom: "${dutchFingerprint(readFileSync(dutch, 'utf8'))}"`; // quoted: a fingerprint like 4028e878 would read as a number
	const stamped = /^translatedFrom:.*$/m.test(text) ? text.replace(/^translatedFrom:.*$/m, stamp) : text.replace(/^---\n/, `---\n${stamp}\n`);
	writeFileSync(file, stamped);
	console.log(`${file}: ${stamp}`);
}
process.exitCode = failed ? 1 : 0;
