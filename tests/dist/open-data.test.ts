import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../src/lib/content-errors.ts';
import { openReferral } from '../../src/schemas/open-data.ts';
import { DIST } from '../support/dist.ts';

const services = globSync('content/heerlen/hulp/*.{yaml,yml}').length;

describe('the help directory as open data', () => {
	it('/hulp/hulp.json matches the Open Referral-shaped schema and lists every service', () => {
		const json = JSON.parse(readFileSync(join(DIST, 'hulp/hulp.json'), 'utf8'));
		const result = openReferral.safeParse(json);
		expect(result.success ? [] : describeIssues(result.error)).toEqual([]);
		expect(json.services).toHaveLength(services);
		expect(json.phones.find((p: { service_id: string }) => p.service_id === 'veilig-thuis-zuid-limburg')?.number).toBe('+318002000');
	});

	it('the schema catches a phone that points to no service', () => {
		const json = JSON.parse(readFileSync(join(DIST, 'hulp/hulp.json'), 'utf8'));
		json.phones.push({ id: 'x-voice', service_id: 'bestaat-niet', number: '+318002000', type: 'voice' });
		expect(openReferral.safeParse(json).success).toBe(false);
	});

	it('/hulp/hulp.csv has a header and one row per service, with quoted text kept whole', () => {
		const csv = readFileSync(join(DIST, 'hulp/hulp.csv'), 'utf8');
		const rows = csv.slice(1).trimEnd().split('\r\n').filter((line) => /^[a-z0-9-]+,/.test(line));
		expect(csv.startsWith('\uFEFFid,name,organization,categories,phases,phone')).toBe(true);
		expect(rows.length - 1).toBe(services);
	});
});
