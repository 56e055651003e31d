import type { z } from 'astro/zod';

/** An error in an editor's file. Its message names the file and the field, one line per problem. */
export class ContentError extends Error {
	constructor(file: string, problems: string[]) {
		super(problems.map((p) => `${file}: ${p}`).join('\n'));
		this.name = 'ContentError';
	}
}

/** Turns zod's issues into lines such as "urgent.1.phone: '0800' is not a valid Dutch phone number". */
export function describeIssues(error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const field = issue.path.length ? issue.path.join('.') : '(the whole file)';
		const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
		return `${field}: ${issue.message}${keys}`;
	});
}

/** Validates data against a schema, or throws a ContentError naming the file and each wrong field. */
export function parseContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
	const result = schema.safeParse(data);
	if (!result.success) throw new ContentError(file, describeIssues(result.error));
	return result.data;
}
