import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { loadSiteConfig } from '../lib/site-config.ts';
import { iconSvg, type AppIcon } from '../lib/web-manifest.ts';

/** The one drawing every app icon is made from. */
const SOURCE = 'public/favicon.svg';

/** An app icon as PNG, rendered at build time from the favicon on the town's background colour. */
export function appIconPng(icon: AppIcon): Uint8Array<ArrayBuffer> {
	const svg = iconSvg(readFileSync(SOURCE, 'utf8'), icon, loadSiteConfig().backgroundColor);
	return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng());
}
