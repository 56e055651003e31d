import { DEFAULT_LOCALE, textDirection } from './locales.ts';
import type { SiteConfig } from './site-config.ts';

/** The icons the build renders from one source SVG, and where they are served. */
export const APP_ICONS = [
	{ path: '/icons/icon-192.png', size: 192, purpose: 'any' },
	{ path: '/icons/icon-512.png', size: 512, purpose: 'any' },
	{ path: '/icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
	{ path: '/apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

/** manifest.webmanifest: what a phone needs to put the town's site on the home screen under its own name and colours. */
export function webManifest(site: SiteConfig) {
	return {
		name: `${site.name} ${site.region}`,
		short_name: site.name,
		description: site.tagline[DEFAULT_LOCALE],
		lang: DEFAULT_LOCALE,
		dir: textDirection(DEFAULT_LOCALE),
		start_url: '/',
		scope: '/',
		id: '/',
		display: 'standalone',
		theme_color: site.themeColor,
		background_color: site.backgroundColor,
		icons: APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
			src: icon.path,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}

/**
 * An icon as SVG: the source drawing centred on the background colour. A maskable icon keeps the drawing inside the
 * middle 56 %, whose corners stay inside the circle of 80 % that every launcher's mask leaves visible; the others fill 72 %.
 */
export function iconSvg(source: string, icon: AppIcon, background: string): string {
	const size = icon.size;
	const inner = Math.round(size * (icon.purpose === 'maskable' ? 0.56 : 0.72));
	const offset = (size - inner) / 2;
	const drawing = source
		.replace(/<\?xml[^>]*>/, '')
		.replace(/<svg\b([^>]*)>/, (_tag, attributes: string) => `<svg${attributes.replace(/\s(?:width|height|x|y)="[^"]*"/g, '')} x="${offset}" y="${offset}" width="${inner}" height="${inner}">`);
	// "any" icons get rounded corners; maskable and Apple icons are cut to shape by the phone.
	const radius = icon.purpose === 'any' ? Math.round(size * 0.18) : 0;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" rx="${radius}" fill="${background}"/>${drawing}</svg>`;
}
