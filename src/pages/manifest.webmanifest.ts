import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../lib/site-config.ts';
import { webManifest } from '../lib/web-manifest.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(webManifest(loadSiteConfig()), null, '\t'), { headers: { 'Content-Type': 'application/manifest+json' } });
