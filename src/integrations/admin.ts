import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsConfigFiles } from '../lib/cms-config-files.ts';
import { selfHostedSveltia, SVELTIA_FONTS, SVELTIA_LOCAL, UNKNOWN_GITHUB_STATUS } from '../lib/admin-assets.ts';

/** An installed package's folder (Sveltia's exports hide its dist/ and locales/ from require.resolve). */
const packageDir = (name: string) => fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url));

/**
 * Puts the editors' CMS into the build at /admin/ (the town's layer) and /admin/nationaal/ (the national layer),
 * served from the site itself: Sveltia CMS with its chunks, its Dutch texts and its fonts, pointed at these copies
 * instead of a CDN, the editor blocks for the MDX tags, and each room's configuration for the content folders this
 * build reads. Nothing here is linked from a reading page.
 */
export function adminRooms(): AstroIntegration {
	return {
		name: 'sjpruut-admin',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const admin = join(fileURLToPath(dir), 'admin');
				const sveltia = packageDir('@sveltia/cms');
				const { version } = JSON.parse(readFileSync(join(sveltia, 'package.json'), 'utf8')) as { version: string };
				mkdirSync(join(admin, 'chunks'), { recursive: true });
				writeFileSync(join(admin, 'sveltia-cms.js'), selfHostedSveltia(readFileSync(join(sveltia, 'dist', 'sveltia-cms.js'), 'utf8')));
				for (const chunk of readdirSync(join(sveltia, 'dist', 'chunks')).filter((f) => f.endsWith('.js')))
					writeFileSync(join(admin, 'chunks', chunk), readFileSync(join(sveltia, 'dist', 'chunks', chunk), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '\n'));
				// The texts of the Dutch interface, where Sveltia looks for them once pointed here.
				const locales = join(admin, `${SVELTIA_LOCAL.slice('/admin/'.length)}@${version}`, 'locales');
				mkdirSync(locales, { recursive: true });
				copyFileSync(join(sveltia, 'locales', 'nl.json'), join(locales, 'nl.json'));
				// Its check for a newer version reads this file and finds the version it is: no request leaves the site.
				mkdirSync(join(admin, SVELTIA_LOCAL.slice('/admin/'.length)), { recursive: true });
				writeFileSync(join(admin, SVELTIA_LOCAL.slice('/admin/'.length), 'package.json'), `${JSON.stringify({ version })}\n`);
				writeFileSync(join(admin, SVELTIA_LOCAL.slice('/admin/'.length), 'github-status.json'), `${JSON.stringify(UNKNOWN_GITHUB_STATUS)}\n`);
				mkdirSync(join(admin, 'fonts'), { recursive: true });
				for (const font of SVELTIA_FONTS) copyFileSync(join(packageDir(font.package), 'files', font.file), join(admin, 'fonts', font.file));
				const components = readFileSync(fileURLToPath(new URL('../lib/editor-components.ts', import.meta.url)), 'utf8');
				writeFileSync(join(admin, 'editor-components.js'), stripTypeScriptTypes(components));
				// Each room edits the folders this build reads (SJPRUUT_CONTENT), so a town's build points at its own.
				for (const [file, text] of Object.entries(cmsConfigFiles())) writeFileSync(join(admin, file.replace(/^public\/admin\//, '')), text);
				logger.info(`editors' CMS (Sveltia ${version}) written to /admin/ and /admin/nationaal/`);
			},
		},
	};
}
