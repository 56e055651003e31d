import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9-]+$/);

/** The shape of /hulp/hulp.json: Open Referral HSDS concepts, linked by id. Used to test what the site publishes. */
export const openReferral = z
	.strictObject({
		generated: z.iso.datetime(),
		source: z.url(),
		organizations: z.array(z.strictObject({ id, name: z.string().min(1) })).min(1),
		services: z
			.array(
				z.strictObject({
					id,
					organization_id: id,
					name: z.string().min(1),
					description: z.string().min(1),
					description_en: z.string().min(1).optional(),
					url: z.url().nullable(),
					email: z.email().nullable(),
					status: z.literal('active'),
					languages: z.array(z.string().length(2)).min(1),
					categories: z.array(z.string()).min(1),
					phases: z.array(z.string()).min(1),
					cost: z.enum(['free', 'insured', 'paid']).nullable(),
					referral: z.enum(['none', 'via-huisarts', 'via-wijkteam']).nullable(),
					urgent: z.boolean(),
					last_modified: z.iso.date(),
					page: z.url(),
				}),
			)
			.min(1),
		locations: z.array(
			z.strictObject({
				id,
				service_id: id,
				address: z.strictObject({ address_1: z.string(), postal_code: z.string(), city: z.string(), country: z.literal('NL') }),
				latitude: z.number().nullable(),
				longitude: z.number().nullable(),
			}),
		),
		phones: z.array(z.strictObject({ id, service_id: id, number: z.string().regex(/^(\+31\d{6,11}|1\d{2,5})$/), type: z.enum(['voice', 'text']) })),
		schedules: z.array(z.strictObject({ id, service_id: id, opening_hours: z.string().min(1), description: z.string() })),
	})
	.superRefine((data, ctx) => {
		const organizations = new Set(data.organizations.map((o) => o.id));
		const services = new Set(data.services.map((s) => s.id));
		data.services.forEach((s, i) => organizations.has(s.organization_id) || ctx.addIssue({ code: 'custom', path: ['services', i, 'organization_id'], message: 'no such organization' }));
		for (const key of ['locations', 'phones', 'schedules'] as const)
			data[key].forEach((row, i) => services.has(row.service_id) || ctx.addIssue({ code: 'custom', path: [key, i, 'service_id'], message: 'no such service' }));
	});
