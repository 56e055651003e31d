import { describe, expect, it } from 'vitest';
import { contentReport } from '../../src/lib/content-report.ts';

// A help entry may lack a language for a while (a town's new service should not wait for translators): the page shows
// the Dutch description, and the report names the entry and the missing languages, so an editor can act on it.
describe('contentReport', () => {
	const town = contentReport({ national: 'content/nationaal', local: 'tests/fixtures/town', hidden: ['baby/kolven-op-je-werk'], today: new Date('2026-11-28') });

	it('names each help entry whose description misses a language, and which', () => {
		expect(town.helpWithoutLanguage.length).toBeGreaterThan(0);
		for (const entry of town.helpWithoutLanguage) {
			expect(entry.file).toMatch(/^tests\/fixtures\/town\/hulp\/[a-z0-9-]+\.ya?ml$/);
			expect(entry.missing.length).toBeGreaterThan(0);
		}
	});

	it('marks the town’s override as a local override and the hidden page as hidden', () => {
		expect(town.pages.find((p) => p.page === 'baby/consultatiebureau')?.layer).toBe('local override');
		expect(town.pages.find((p) => p.page === 'baby/kolven-op-je-werk')?.layer).toBe('hidden');
		expect(town.pages.find((p) => p.page === 'zwanger/eerste-afspraak')?.layer).toBe('local');
		expect(town.pages.find((p) => p.page === 'baby/koorts')?.layer).toBe('national');
	});
});
