import { z } from 'astro/zod';
import { localizedText } from '../lib/localized.ts';
import { MAX, singleLine } from '../lib/text-rules.ts';
import { parseOpeningHours } from '../lib/opening-hours.ts';
import { PHASES } from '../lib/phases.ts';
import { dutchPhoneProblem } from '../lib/phone.ts';
import { reviewDate } from './content.ts';

/** The needs a parent can filter the help directory by. */
export const HELP_CATEGORIES = [
	'spoedzorg',
	'zwangerschapszorg',
	'geboorte-en-kraamzorg',
	'jeugdgezondheidszorg',
	'borstvoeding',
	'opvoeden',
	'geld-en-schulden',
	'werk-en-inkomen',
	'wonen',
	'taal-en-lezen',
	'psychische-hulp',
	'veiligheid',
	'babyspullen-en-voeding',
	'ontmoeten',
] as const;

/** A Dutch street address. */
export const address = z
	.strictObject({
		street: singleLine(MAX.name).meta({ title: 'Straat en huisnummer' }),
		postalCode: z.string().regex(/^\d{4} ?[A-Z]{2}$/, { error: 'a Dutch postal code like 6411 JM' }).meta({ title: 'Postcode', description: 'Zoals 6411 JM.' }),
		city: singleLine(MAX.name).meta({ title: 'Plaats' }),
	})
	.meta({ title: 'Adres' });

/** A point in the Netherlands, in degrees (WGS 84, as OpenStreetMap gives them). */
export const coordinates = z
	.strictObject({ lat: z.number().min(50.7).max(53.6).meta({ title: 'Breedtegraad (lat)' }), lon: z.number().min(3.3).max(7.3).meta({ title: 'Lengtegraad (lon)' }) })
	.meta({ title: 'Plek op de kaart', description: 'Alleen als een bron de plek noemt; van OpenStreetMap.' });

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A Dutch phone number as an editor writes it; the error names the field through its path. */
const dutchPhone = z.string().superRefine((value, ctx) => {
	const problem = dutchPhoneProblem(value);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * content/hulp/<id>.yaml: one local service, shaped after Open Referral HSDS (organization, service, location,
 * phone, schedule). Every fact is one an editor can vouch for; what cannot be vouched for is left out.
 */
export const helpService = z.strictObject({
	/** The service as parents know it ("Voedselbank Limburg-Zuid"). */
	name: singleLine(MAX.name).meta({ title: 'Naam', description: 'Zoals ouders de hulp kennen, bijvoorbeeld Voedselbank Limburg-Zuid.' }),
	/** The organisation that runs it. */
	organization: singleLine(MAX.name).meta({ title: 'Organisatie' }),
	/** What they do for you, per language; Dutch is required. */
	description: localizedText().meta({ title: 'Wat doen ze voor je?', description: 'Per taal. Nederlands is verplicht.' }),
	/** Needs it helps with, from the fixed list. */
	categories: z.array(z.enum(HELP_CATEGORIES)).min(1).meta({ title: 'Waarmee helpen ze?' }),
	/** Phases of the child it serves. */
	phases: z.array(z.enum(PHASES)).min(1).meta({ title: 'Fasen' }),
	/** Where to go, for walk-in services. */
	address: address.optional(),
	/** Coordinates of the address, only when a source states them. */
	coordinates: coordinates.optional(),
	/** The neighbourhood, e.g. Heerlerheide. */
	neighbourhood: singleLine(MAX.name).optional().meta({ title: 'Wijk' }),
	/** A Dutch phone number, checked with libphonenumber-js and dialled in E.164. */
	phone: dutchPhone.optional().meta({ title: 'Telefoonnummer', description: 'Een Nederlands nummer, zoals 045 123 45 67. Geen 0900-nummers.' }),
	/** A WhatsApp number, Dutch. */
	whatsapp: dutchPhone.optional().meta({ title: 'WhatsApp-nummer' }),
	email: z.email().optional().meta({ title: 'E-mailadres' }),
	website: z.url({ protocol: /^https$/, error: 'needs the full https:// address' }).optional().meta({ title: 'Website', description: 'Het hele adres, met https://.' }),
	/** OpenStreetMap opening_hours syntax with Dutch holidays, e.g. "Mo-Fr 09:00-17:00; PH off". */
	openingHours: z
		.string()
		.superRefine((rule, ctx) => {
			const parsed = parseOpeningHours(rule);
			if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem });
		})
		.optional()
		.meta({ title: 'Openingstijden', description: 'Zoals Mo-Fr 09:00-17:00; PH off (Mo = maandag, PH = feestdag). Laat leeg als geen bron ze noemt.' }),
	/** free, insured (paid by health insurance) or paid. Left out while unknown: never guessed. */
	cost: z.enum(['free', 'insured', 'paid']).optional().meta({ title: 'Kosten', description: 'Laat leeg als je het niet zeker weet.', options: { free: 'gratis', insured: 'vergoed door de zorgverzekering', paid: 'betaald' } }),
	/** Whether you need a referral, and from whom. */
	referral: z.enum(['none', 'via-huisarts', 'via-wijkteam']).optional().meta({ title: 'Verwijzing nodig?', options: { none: 'nee, zelf bellen of langsgaan', 'via-huisarts': 'ja, via de huisarts', 'via-wijkteam': 'ja, via het wijkteam' } }),
	/** Languages spoken, as ISO 639-1 codes. */
	languages: z.array(z.string().refine((code) => /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined, { error: (issue) => `"${String(issue.input)}" is not an ISO 639-1 language code` }).meta({ title: 'Taal' })).min(1)
		.meta({ title: 'Talen', description: 'Talen die ze spreken, als code van 2 letters: nl, en, ar, tr, pl.' }),
	/** True for a line that answers day and night. */
	urgent: z.boolean().default(false).meta({ title: 'Dag en nacht bereikbaar' }),
	/** When an editor last checked every fact. */
	lastReviewed: reviewDate.meta({ title: 'Laatst nagekeken', description: 'De dag dat je alle feiten met de bronnen hebt vergeleken.' }),
	/** The pages that confirm the facts. */
	sources: z.array(z.url({ protocol: /^https?$/ }).meta({ title: 'Bron' })).min(1).meta({ title: 'Bronnen', description: 'De pagina’s waar de feiten staan.' }),
});

export type HelpService = z.output<typeof helpService>;
