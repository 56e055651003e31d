import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A phone number ready to show and to dial. */
export interface PhoneNumber {
	/** As a Dutch reader writes it, with non-breaking spaces so it never wraps: "0800 2000". */
	display: string;
	/** The tel: link target: E.164 ("+318002000"), or the short number itself ("112"). */
	dial: string;
}

// Dutch short numbers that work from any phone: 112, 113, 14 + area code (municipalities), 116 xxx helplines.
const DUTCH_SHORT_NUMBER = /^(112|113|14\d{3,4}|116\d{3})$/;

/** Kinds of number a parent should never be sent to: she pays per minute (0900, 0906, 0909) or reaches a pager. */
const NOT_FOR_PARENTS: Partial<Record<string, string>> = {
	PREMIUM_RATE: 'is a premium-rate number (0900, 0906, 0909): a parent pays per minute; give a normal or free number',
	PAGER: 'is a pager number, which a parent cannot call',
};

/** Why an editor's phone number cannot be shown to parents, or undefined when it is a good Dutch number. */
export function dutchPhoneProblem(input: string): string | undefined {
	if (DUTCH_SHORT_NUMBER.test(input.replace(/[\s-]/g, ''))) return undefined;
	const parsed = parsePhoneNumberFromString(input, 'NL');
	if (!parsed || parsed.country !== 'NL' || !parsed.isValid()) return `"${input}" is not a valid Dutch phone number`;
	const refusal = NOT_FOR_PARENTS[parsed.getType() ?? ''];
	return refusal && `"${input}" ${refusal}`;
}

/** Reads a Dutch phone number as an editor types it, or returns undefined when it is not one a parent can call. */
export function dutchPhoneNumber(input: string): PhoneNumber | undefined {
	if (dutchPhoneProblem(input)) return undefined;
	const compact = input.replace(/[\s-]/g, '');
	if (DUTCH_SHORT_NUMBER.test(compact)) return { display: unbreakable(input.trim()), dial: compact };
	const parsed = parsePhoneNumberFromString(input, 'NL')!;
	return { display: unbreakable(parsed.formatNational()), dial: parsed.number };
}

function unbreakable(text: string): string {
	return text.replace(/\s+/g, '\u00a0');
}
