import OpeningHours from 'opening_hours';

/** Heerlen, for the Dutch public holidays (PH) in opening-hours rules. Build-time only: never shipped to a phone. */
const DUTCH_PLACE = { lat: 50.888, lon: 5.979, address: { country_code: 'nl', state: 'Limburg' } };

/** Parses an OpenStreetMap opening_hours rule with Dutch holidays, or says plainly why it cannot. */
export function parseOpeningHours(rule: string): { ok: true; hours: OpeningHours } | { ok: false; problem: string } {
	try {
		const hours = new OpeningHours(rule, DUTCH_PLACE);
		const warnings = hours.getWarnings();
		if (warnings.length) return { ok: false, problem: `"${rule}" is not clean opening_hours syntax: ${String(warnings[0]).split('\n')[0]}` };
		return { ok: true, hours };
	} catch (error) {
		return { ok: false, problem: `"${rule}" is not valid opening_hours syntax: ${String(error).split('\n')[0]}` };
	}
}
