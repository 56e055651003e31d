import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPRESSIBLE } from '../../src/integrations/precompress.ts';
import { DIST } from '../support/dist.ts';

describe('what the build leaves in dist/ besides the pages', () => {
	it('no Pagefind UI files that nothing loads (the search island uses pagefind.js only)', () => {
		const files = globSync('*', { cwd: join(DIST, 'pagefind') });
		expect(files).toContain('pagefind.js');
		expect(files.filter((file) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file))).toEqual([]);
	});

	it('every text file of 1 kB or more has a .br and a .gz copy that unpack to the very same bytes', () => {
		const files = globSync('**/*', { cwd: DIST }).filter((file) => COMPRESSIBLE.test(file) && statSync(join(DIST, file)).size >= 1024);
		expect(files).toEqual(expect.arrayContaining(['index.html', 'hulp/hulp.csv', 'sw.js']));
		const wrong = files.filter((file) => {
			const original = readFileSync(join(DIST, file));
			const br = join(DIST, `${file}.br`);
			const gz = join(DIST, `${file}.gz`);
			return !existsSync(br) || !existsSync(gz) || !brotliDecompressSync(readFileSync(br)).equals(original) || !gunzipSync(readFileSync(gz)).equals(original);
		});
		expect(wrong).toEqual([]);
	});
});
