import type { APIRoute } from 'astro';
import { helpServices } from '../../data/content.ts';
import { toOpenReferral } from '../../lib/open-data.ts';
import { loadSiteConfig } from '../../lib/site-config.ts';
import { parseContent } from '../../lib/content-errors.ts';
import { openReferral } from '../../schemas/open-data.ts';

/** /hulp/hulp.json: the help directory as Open Referral HSDS-shaped open data. */
export const GET: APIRoute = async () => {
	const services = (await helpServices()).map((entry) => ({ id: entry.id, ...entry.data }));
	// Dated by the newest review, not the build, so an unchanged directory gives an unchanged file.
	const newest = new Date(Math.max(0, ...services.map((s) => s.lastReviewed.getTime())));
	// Checked against its published schema on every build, so a change that breaks the open data stops the build.
	const data = parseContent(openReferral, toOpenReferral(services, loadSiteConfig().url, newest), 'hulp/hulp.json');
	return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
