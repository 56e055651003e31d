// Sveltia CMS fetches its interface texts, its fonts and a version check from CDNs. The build serves copies from
// /admin/ and points the bundle at them, so the editors' room stays within its own CSP and nothing leaves the site.

/** Where the bundle looks for its own files (locales, package.json), and where this site serves them instead. */
export const SVELTIA_CDN = 'https://unpkg.com/@sveltia/cms';
export const SVELTIA_LOCAL = '/admin/sveltia';

const GITHUB_STATUS = 'https://www.githubstatus.com/api/v2/status.json';

/** What the room knows of GitHub's status: nothing, so it shows no warning. */
export const UNKNOWN_GITHUB_STATUS = { status: { indicator: 'unknown' } };

const FONT_CDN = 'https://cdn.jsdelivr.net/fontsource/fonts/';

/** The fonts the bundle names, and the npm package that ships the same file. */
export const SVELTIA_FONTS = [
	{ remote: 'source-sans-3:vf@5.3.0/latin-wght-normal.woff2', package: '@fontsource-variable/source-sans-3', file: 'source-sans-3-latin-wght-normal.woff2' },
	{ remote: 'noto-mono@5.3.0/latin-400-normal.woff2', package: '@fontsource/noto-mono', file: 'noto-mono-latin-400-normal.woff2' },
	{ remote: 'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2', package: '@fontsource-variable/material-symbols-outlined', file: 'material-symbols-outlined-latin-wght-normal.woff2' },
] as const;

/**
 * The Sveltia bundle with its CDN addresses pointed at this site. Fails when an address is not where it was, so a
 * Sveltia upgrade that moves them stops the build instead of quietly loading from a CDN again.
 */
export function selfHostedSveltia(bundle: string): string {
	let text = bundle;
	const swap = (from: string, to: string) => {
		if (!text.includes(from)) throw new Error(`admin: the Sveltia bundle no longer contains "${from}"; check src/lib/admin-assets.ts after an upgrade`);
		text = text.split(from).join(to);
	};
	swap(SVELTIA_CDN, SVELTIA_LOCAL);
	// GitHub's status page is another host; the room shows the status as unknown instead of asking it.
	swap(GITHUB_STATUS, `${SVELTIA_LOCAL}/github-status.json`);
	for (const font of SVELTIA_FONTS) swap(`${FONT_CDN}${font.remote}`, `/admin/fonts/${font.file}`);
	if (text.includes(FONT_CDN)) throw new Error(`admin: the Sveltia bundle names a font on ${FONT_CDN} that is not self-hosted`);
	return text.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
}

/**
 * The CSP of /admin/. Sveltia runs without eval; it inserts its component styles as <style> elements (Svelte), which
 * needs 'unsafe-inline' for styles only. It talks to the site itself (configuration, texts, the local repository)
 * and to GitHub's API when an editor logs in.
 */
export const ADMIN_CSP =
	"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' data: https://api.github.com; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none';";

/** The header version of the admin CSP: frame-ancestors only works in a header. */
export const ADMIN_CSP_HEADER = `${ADMIN_CSP} frame-ancestors 'none';`;
