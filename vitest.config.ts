import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib and content rules. Tests on the built site live in tests/dist (vitest.dist.config.ts).
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
