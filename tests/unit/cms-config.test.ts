import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cmsField, inputSchema } from '../../src/lib/cms-config.ts';
import { cmsConfigFiles } from '../../src/lib/cms-config-files.ts';
import { z } from 'astro/zod';

type Field = { name: string; label: string; widget: string; fields?: Field[]; field?: Field };

function everyField(config: { collections: { fields?: Field[]; files?: { fields: Field[] }[] }[] }): Field[] {
	const walk = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...walk(f.fields ?? []), ...(f.field ? walk([f.field]) : [])]);
	return config.collections.flatMap((c) => walk([...(c.fields ?? []), ...(c.files ?? []).flatMap((file) => file.fields)]));
}

describe('the CMS configuration is generated from the zod schemas', () => {
	const generated = cmsConfigFiles();

	it.each(Object.keys(generated))('%s is what npm run cms:config writes (run it after changing a schema)', (file) => {
		expect(readFileSync(file, 'utf8')).toBe(generated[file]);
	});

	it.each(Object.keys(generated))('every field in %s has a Dutch label, not its field name', (file) => {
		const unlabelled = everyField(parseYaml(generated[file] ?? '')).filter((f) => f.label === f.name);
		expect(unlabelled.map((f) => f.name)).toEqual([]);
	});

	it('optional fields are left out when empty, so no null or "" reaches the schemas', () => {
		for (const text of Object.values(generated)) expect(parseYaml(text).output).toEqual({ omit_empty_optional_fields: true });
	});

	it('saves through pull requests on GitHub', () => {
		for (const text of Object.values(generated)) {
			const config = parseYaml(text);
			expect(config.backend).toMatchObject({ name: 'github', branch: 'main' });
			expect(config.publish_mode).toBe('editorial_workflow');
		}
	});

	it('national topics are one entry per topic across the five languages', () => {
		const national = parseYaml(generated['public/admin/nationaal/config.yml'] ?? '');
		expect(national.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['nl', 'en', 'ar', 'tr', 'pl'], default_locale: 'nl' });
		const topics = national.collections.find((c: { name: string }) => c.name === 'onderwerpen');
		expect(topics).toMatchObject({ folder: 'content/nationaal/fasen', path: '{{phase}}/{{slug}}', extension: 'mdx', i18n: true });
	});
});

describe('cmsField maps a schema to a CMS widget', () => {
	const field = (schema: z.ZodType, required = true) => cmsField('x', inputSchema(schema), required);

	it.each([
		['a date', z.coerce.date(), { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }],
		['a choice', z.enum(['a', 'b']), { widget: 'select', options: ['a', 'b'] }],
		['several choices', z.array(z.enum(['a', 'b'])).min(1), { widget: 'select', multiple: true, min: 1 }],
		['a whole number', z.number().int().min(0).max(42), { widget: 'number', value_type: 'int', min: 0, max: 42 }],
		['a yes or no', z.boolean().default(true), { widget: 'boolean', default: true }],
		['a text with a form', z.string().regex(/^\d{4}$/).max(4), { widget: 'string', maxlength: 4, pattern: ['^\\d{4}$', expect.any(String)] }],
		['a list of texts', z.array(z.string()), { widget: 'list', field: { name: 'item', widget: 'string' } }],
		['an object', z.strictObject({ a: z.string().meta({ title: 'A' }) }), { widget: 'object', fields: [{ name: 'a', label: 'A', widget: 'string' }] }],
	])('%s', (_, schema, expected) => {
		expect(field(schema)).toMatchObject(expected);
	});

	it('takes the label, hint and option labels from .meta()', () => {
		const schema = z.enum(['free', 'paid']).meta({ title: 'Kosten', description: 'Laat leeg als je het niet weet.', options: { free: 'gratis' } });
		expect(field(schema)).toMatchObject({ label: 'Kosten', hint: 'Laat leeg als je het niet weet.', options: [{ label: 'gratis', value: 'free' }, 'paid'] });
	});

	it('marks an optional field as not required', () => {
		expect(cmsField('x', inputSchema(z.strictObject({ x: z.string().optional() })).properties?.x ?? {}, false)).toMatchObject({ required: false });
		expect(field(z.string())).not.toHaveProperty('required');
	});
});
