import { defineConfig } from 'vitest/config';

// Checks on the built site in dist/, and builds of fixture sites. Run after `astro build`.
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
		environment: 'node',
		testTimeout: 240_000,
		hookTimeout: 240_000,
		fileParallelism: false,
	},
});
