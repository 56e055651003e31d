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

/** Reads a Dutch phone number as an editor types it, or returns undefined when it is not a valid Dutch number. */
export function dutchPhoneNumber(input: string): PhoneNumber | undefined {
	const compact = input.replace(/[\s-]/g, '');
	if (DUTCH_SHORT_NUMBER.test(compact)) return { display: unbreakable(input.trim()), dial: compact };
	const parsed = parsePhoneNumberFromString(input, 'NL');
	if (!parsed || parsed.country !== 'NL' || !parsed.isValid()) return undefined;
	return { display: unbreakable(parsed.formatNational()), dial: parsed.number };
}

function unbreakable(text: string): string {
	return text.replace(/\s+/g, '\u00a0');
}
