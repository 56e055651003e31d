// Builds a copy of a fixture content folder, optionally with one file broken, and reports what the build said.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BuildResult {
	ok: boolean;
	output: string;
	/** The folder with the copied content; messages name files inside it. */
	contentDir: string;
	outDir: string;
	/** The national layer the build used: the real one, or a changed copy. */
	nationalDir: string;
}

/** The made-up second town, with everything a site needs and nothing town-specific of Heerlen. */
export const TOWN_FIXTURE = 'tests/fixtures/town';

/**
 * Runs `astro build` on a copy of `fixture`, after applying `changes` to the copy: each maps a file path to its new
 * text, given the old text ("" for a file that is new). The copy lives in a temporary folder; `cleanUp` removes it.
 */
export function buildFixture(fixture: string, changes: Record<string, (text: string) => string> = {}, nationalChanges: Record<string, (text: string) => string> = {}): BuildResult {
	const root = mkdtempSync(join(tmpdir(), 'sjpruut-fixture-'));
	const contentDir = join(root, 'content');
	const outDir = join(root, 'dist');
	cpSync(fixture, contentDir, { recursive: true });
	applyChanges(contentDir, changes);
	// The national layer is the real one, unless a case changes it: then a copy is changed and built instead.
	const national = Object.keys(nationalChanges).length ? join(root, 'nationaal') : NATIONAL;
	if (national !== NATIONAL) {
		cpSync(NATIONAL, national, { recursive: true });
		applyChanges(national, nationalChanges);
	}
	const run = spawnSync('npx', ['astro', 'build', '--force'], {
		encoding: 'utf8',
		env: { ...process.env, SJPRUUT_CONTENT: contentDir, SJPRUUT_NATIONAL: national, SJPRUUT_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		timeout: 300_000,
	});
	return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`, contentDir, outDir, nationalDir: national };
}

/** The national layer every town's build uses. */
export const NATIONAL = process.env.SJPRUUT_NATIONAL ?? 'content/nationaal';

function applyChanges(dir: string, changes: Record<string, (text: string) => string>): void {
	for (const [file, change] of Object.entries(changes)) {
		const path = join(dir, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, change(existsSync(path) ? readFileSync(path, 'utf8') : ''));
	}
}

export function cleanUp(result: BuildResult): void {
	rmSync(join(result.contentDir, '..'), { recursive: true, force: true });
}
