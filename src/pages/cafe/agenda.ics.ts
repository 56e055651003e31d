import type { APIRoute } from 'astro';
import { cafeFeed } from '../../data/cafe-feeds.ts';

/** /cafe/agenda.ics: every location's café in one feed. */
export const GET: APIRoute = async () => new Response(await cafeFeed(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
