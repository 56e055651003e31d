import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);
/** The made-up second town (npm run build:town), for tests that need data the real town does not have. */
export const TOWN_PORT = Number(process.env.E2E_TOWN_PORT ?? PORT + 1);
/** The built site behind a real nginx running deploy/nginx.conf. */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 2);
/** A copy of the build that the offline tests change, to play a new deploy (started by tests/e2e/offline.spec.ts). */
export const COPY_PORT = Number(process.env.E2E_COPY_PORT ?? PORT + 3);

// Runs against the built site (npm run build first), served by astro preview as a static host would.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		serviceWorkers: 'block',
	},
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
			env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
		},
		{
			command: `node --experimental-strip-types --no-warnings tests/support/static-server.ts dist-town ${TOWN_PORT}`,
			url: `http://127.0.0.1:${TOWN_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000,
		},
		{
			command: `node --experimental-strip-types --no-warnings tests/support/nginx.ts dist ${NGINX_PORT}`,
			url: `http://127.0.0.1:${NGINX_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000,
		},
	],
});
