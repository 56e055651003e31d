import type { APIRoute } from 'astro';
import { cafeFeed } from '../../data/cafe-feeds.ts';
import { cafeLocations } from '../../data/content.ts';

/** /cafe/<location>.ics: a feed to subscribe to, with the series, its skipped dates and the themed sessions. */
export async function getStaticPaths() {
	return (await cafeLocations()).map((location) => ({ params: { location: location.id } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await cafeFeed(params.location), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
