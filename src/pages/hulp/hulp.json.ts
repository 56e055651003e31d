import type { APIRoute } from 'astro';
import { helpServices } from '../../data/content.ts';
import { toOpenReferral } from '../../lib/open-data.ts';
import { loadSiteConfig } from '../../lib/site-config.ts';

/** /hulp/hulp.json: the help directory as Open Referral HSDS-shaped open data. */
export const GET: APIRoute = async () => {
	const services = (await helpServices()).map((entry) => ({ id: entry.id, ...entry.data }));
	// Dated by the newest review, not the build, so an unchanged directory gives an unchanged file.
	const newest = new Date(Math.max(0, ...services.map((s) => s.lastReviewed.getTime())));
	return new Response(`${JSON.stringify(toOpenReferral(services, loadSiteConfig().url, newest), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
