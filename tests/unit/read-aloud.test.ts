import { describe, expect, it } from 'vitest';
import { speakPhoneNumbers, voiceFor } from '../../src/lib/read-aloud.ts';

describe('voiceFor', () => {
	const voices = [{ lang: 'en-GB' }, { lang: 'nl_BE' }, { lang: 'nl-NL' }, { lang: 'tr-TR' }];
	it.each([
		['nl', 'nl_BE'],
		['en', 'en-GB'],
		['tr', 'tr-TR'],
	])('finds a voice for %s', (lang, expected) => {
		expect(voiceFor(voices, lang)?.lang).toBe(expected);
	});
	it('finds none for a language the device cannot speak', () => {
		expect(voiceFor(voices, 'ar')).toBeUndefined();
		expect(voiceFor([], 'nl')).toBeUndefined();
	});
});

describe('voiceFor prefers a voice on the phone', () => {
	it('takes the local voice over an online one for the same language', () => {
		const voices = [{ lang: 'nl-NL', localService: false, name: 'online' }, { lang: 'nl-NL', localService: true, name: 'phone' }];
		expect(voiceFor(voices, 'nl')?.name).toBe('phone');
	});
	it('still offers an online voice when it is the only one', () => {
		expect(voiceFor([{ lang: 'nl-NL', localService: false }], 'nl')?.localService).toBe(false);
	});
});

describe('speakPhoneNumbers', () => {
	it.each([
		['Bel 0800 2000.', 'Bel 0 8 0 0, 2 0 0 0.'],
		['Bel 113 of gratis 0800-0113.', 'Bel 113 of gratis 0 8 0 0, 0 1 1 3.'],
		['Bel 088\u00a0880\u00a05000 op werkdagen', 'Bel 0 8 8, 8 8 0, 5 0 0 0 op werkdagen'],
		['De 20 wekenecho is in week 20.', 'De 20 wekenecho is in week 20.'],
		['Om 0,5 mg per dag in 2027.', 'Om 0,5 mg per dag in 2027.'],
	])('%s', (text, spoken) => {
		expect(speakPhoneNumbers(text)).toBe(spoken);
	});
});
