// The help directory as open data: Open Referral HSDS-shaped JSON, and CSV for professionals.
import { dutchPhoneNumber } from './phone.ts';

/** What the open data needs of one service (its id and its validated content/hulp data). */
export interface OpenDataService {
	id: string;
	name: string;
	organization: string;
	description: { nl: string; en?: string };
	categories: string[];
	phases: string[];
	address?: { street: string; postalCode: string; city: string };
	coordinates?: { lat: number; lon: number };
	phone?: string;
	whatsapp?: string;
	email?: string;
	website?: string;
	openingHours?: string;
	cost?: string;
	referral?: string;
	languages: string[];
	urgent: boolean;
	lastReviewed: Date;
}

const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** HSDS 3 concepts: organizations, services, locations, phones and schedules, linked by id. */
export function toOpenReferral(services: OpenDataService[], siteUrl: string, generated: Date) {
	const organizations = [...new Map(services.map((s) => [slug(s.organization), { id: slug(s.organization), name: s.organization }])).values()];
	return {
		generated: generated.toISOString(),
		source: new URL('/hulp/', siteUrl).href,
		organizations,
		services: services.map((s) => ({
			id: s.id,
			organization_id: slug(s.organization),
			name: s.name,
			description: s.description.nl,
			...(s.description.en && { description_en: s.description.en }),
			url: s.website ?? null,
			email: s.email ?? null,
			status: 'active' as const,
			languages: s.languages,
			categories: s.categories,
			phases: s.phases,
			cost: s.cost ?? null,
			referral: s.referral ?? null,
			urgent: s.urgent,
			last_modified: s.lastReviewed.toISOString().slice(0, 10),
			page: new URL(`/hulp/${s.id}/`, siteUrl).href,
		})),
		locations: services
			.filter((s) => s.address)
			.map((s) => ({
				id: `${s.id}-locatie`,
				service_id: s.id,
				address: { address_1: s.address?.street, postal_code: s.address?.postalCode, city: s.address?.city, country: 'NL' },
				latitude: s.coordinates?.lat ?? null,
				longitude: s.coordinates?.lon ?? null,
			})),
		phones: services.flatMap((s) =>
			[
				{ number: s.phone, type: 'voice' },
				{ number: s.whatsapp, type: 'text' },
			]
				.filter((p): p is { number: string; type: string } => p.number !== undefined)
				.map((p) => ({ id: `${s.id}-${p.type}`, service_id: s.id, number: dutchPhoneNumber(p.number)?.dial ?? p.number, type: p.type })),
		),
		schedules: services
			.filter((s) => s.openingHours)
			.map((s) => ({ id: `${s.id}-tijden`, service_id: s.id, opening_hours: s.openingHours as string, description: 'OpenStreetMap opening_hours syntax' })),
	};
}

const CSV_COLUMNS = ['id', 'name', 'organization', 'categories', 'phases', 'phone', 'whatsapp', 'email', 'website', 'openingHours', 'cost', 'referral', 'languages', 'urgent', 'lastReviewed', 'description'] as const;

/**
 * A text that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+31...", "@SUM") gets a leading apostrophe,
 * so Excel and LibreOffice show it as text (OWASP's advice against CSV injection).
 */
export function spreadsheetSafe(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: unknown): string {
	const text = spreadsheetSafe(Array.isArray(value) ? value.join(' ') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel reads a CSV as Windows-1252 ("Ã©" for "é") unless it starts with a UTF-8 byte order mark. */
const UTF8_BOM = '\uFEFF';

/** RFC 4180 CSV, one row per service, for professionals who refer parents. */
export function toCsv(services: OpenDataService[]): string {
	const rows = services.map((s) => CSV_COLUMNS.map((column) => csvCell(column === 'description' ? s.description.nl : s[column])).join(','));
	return `${UTF8_BOM}${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
