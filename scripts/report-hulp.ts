// npm run report:hulp — help entries whose facts were not checked in the last 12 months, oldest first.
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { yamlFileId } from '../src/lib/content-checks.ts';
import { contentDir } from '../src/lib/site-config.ts';

const YEAR_MS = 365 * 86_400_000;
const now = Date.now();
const entries = globSync('hulp/*.{yaml,yml}', { cwd: contentDir() }).map((file) => {
	const data = (parseYaml(readFileSync(join(contentDir(), file), 'utf8')) ?? {}) as { name?: string; lastReviewed?: string | Date };
	const reviewed = data.lastReviewed ? new Date(data.lastReviewed) : undefined;
	return { id: yamlFileId(basename(file)) ?? file, name: data.name ?? '', reviewed, daysAgo: reviewed ? Math.floor((now - reviewed.getTime()) / 86_400_000) : Infinity };
});
const stale = entries.filter((e) => !e.reviewed || now - e.reviewed.getTime() > YEAR_MS).sort((a, b) => b.daysAgo - a.daysAgo);

if (stale.length) console.table(stale.map((e) => ({ id: e.id, name: e.name, 'last reviewed': e.reviewed?.toISOString().slice(0, 10) ?? 'never', 'days ago': e.daysAgo })));
console.log(`${entries.length} help entries; ${stale.length} not reviewed in the last 12 months.`);
