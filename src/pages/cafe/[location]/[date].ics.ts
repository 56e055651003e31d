import type { APIRoute } from 'astro';
import { sessionFile, sessionFiles } from '../../../data/cafe-feeds.ts';
import type { CafeLocationEntry } from '../../../data/content.ts';
import type { CafeSession } from '../../../lib/cafe.ts';

/** /cafe/<location>/<date>.ics: one session, for "Zet in agenda". */
export async function getStaticPaths() {
	return (await sessionFiles()).map(({ location, session }) => ({ params: { location: location.id, date: session.date }, props: { location, session } }));
}

export const GET: APIRoute = async ({ props }) => {
	const { location, session } = props as { location: CafeLocationEntry; session: CafeSession };
	return new Response(await sessionFile(location, session), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
