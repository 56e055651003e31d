import type { APIRoute } from 'astro';
import { helpServices } from '../../data/content.ts';
import { toCsv } from '../../lib/open-data.ts';

/** /hulp/hulp.csv: the help directory for professionals, one row per service. */
export const GET: APIRoute = async () => {
	const services = (await helpServices()).map((entry) => ({ id: entry.id, ...entry.data }));
	return new Response(toCsv(services), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
