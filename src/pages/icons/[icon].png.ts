import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS } from '../../lib/web-manifest.ts';
import { appIconPng } from '../../integrations/app-icons.ts';

// /icons/icon-192.png, /icons/icon-512.png and /icons/icon-maskable-512.png, rendered in the build.
export const getStaticPaths = (() =>
	APP_ICONS.filter((icon) => icon.path.startsWith('/icons/')).map((icon) => ({
		params: { icon: icon.path.slice('/icons/'.length, -'.png'.length) },
		props: { icon },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(appIconPng(props.icon), { headers: { 'Content-Type': 'image/png' } });
