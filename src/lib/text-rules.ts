import { z } from 'astro/zod';

/** Characters a one-line text may not hold: line breaks and other C0 controls, DEL, and hidden text-direction controls. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\t]/;
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

const codePoint = (text: string, pattern: RegExp) => `U+${(pattern.exec(text)?.[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a one-line text is unsafe to show or to put in a calendar or CSV file, or undefined when it is fine. */
export function singleLineProblem(text: string): string | undefined {
	if (LINE_BREAK.test(text)) return 'has a line break; keep it on one line';
	if (CONTROL.test(text)) return `has an invisible control character (${codePoint(text, CONTROL)}); retype the text`;
	if (DIRECTION_CONTROL.test(text)) return `has a hidden text-direction character (${codePoint(text, DIRECTION_CONTROL)}), which can disguise text; remove it`;
	return undefined;
}

/** A short text on one line, such as a title, a name or one sentence, of at most `max` characters. */
export function singleLine(max: number) {
	return z
		.string()
		.trim()
		.min(1, { error: 'is empty' })
		.max(max, { error: `is longer than ${max} characters; make it shorter` })
		.superRefine((text, ctx) => {
			const problem = singleLineProblem(text);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});
}

/**
 * The longest texts of each kind, in characters: room for a plain sentence, not for a whole page. A page title must
 * fit a browser tab and a search result (html-validate's long-title rule).
 */
export const MAX = { name: 100, title: 120, sentence: 250, paragraph: 600, pageTitle: 70 } as const;
