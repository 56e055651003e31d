import type { APIRoute } from 'astro';
import { sessionFile, sessionFiles } from '../../../data/cafe-feeds.ts';
import type { CafeLocationEntry } from '../../../data/content.ts';

/** /cafe/<location>/<date>.ics: one session, for "Zet in agenda". */
export async function getStaticPaths() {
	return (await sessionFiles()).map(({ location, date }) => ({ params: { location: location.id, date }, props: { location } }));
}

export const GET: APIRoute = async ({ params, props }) =>
	new Response(await sessionFile((props as { location: CafeLocationEntry }).location, params.date ?? ''), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
