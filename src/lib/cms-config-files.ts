// Where the CMS configuration files live and what they should hold for this checkout (used by the script, the build
// and the tests).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cmsConfigTexts, DEFAULT_REPO } from './cms-config.ts';
import { contentDir, nationalDir } from './site-config.ts';

/** The committed configuration files, by path from the repository root. */
export const CMS_CONFIG_FILES = { local: 'public/admin/config.yml', national: 'public/admin/nationaal/config.yml' } as const;

/** The repository the committed files name, so regenerating them keeps a town's own choice. */
export function committedRepo(): string {
	try {
		return /^\s+repo: (\S+)$/m.exec(readFileSync(CMS_CONFIG_FILES.local, 'utf8'))?.[1] ?? DEFAULT_REPO;
	} catch {
		return DEFAULT_REPO;
	}
}

/** Path of each configuration file → its text, generated for this checkout's content folders. */
export function cmsConfigFiles(repo = committedRepo()): Record<string, string> {
	const fromRoot = (dir: string) => relative(process.cwd(), dir).split('\\').join('/');
	const national = nationalDir();
	const texts = cmsConfigTexts(fromRoot(contentDir()), fromRoot(national), readFileSync(join(national, 'begrippen', 'nl.yaml'), 'utf8'), repo);
	return { [CMS_CONFIG_FILES.local]: texts.local, [CMS_CONFIG_FILES.national]: texts.national };
}
