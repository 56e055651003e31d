import type { APIRoute } from 'astro';
import { APP_ICONS } from '../lib/web-manifest.ts';
import { appIconPng } from '../integrations/app-icons.ts';

// iOS looks for /apple-touch-icon.png (180 px) when a parent adds the site to her home screen.
export const GET: APIRoute = () => new Response(appIconPng(APP_ICONS.find((icon) => icon.purpose === 'apple')!), { headers: { 'Content-Type': 'image/png' } });
