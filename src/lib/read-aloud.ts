// "Lees voor" with the browser's own speech synthesis. Runs in the browser; voiceFor, spokenText and
// speakPhoneNumbers are unit-tested.

/** What the parent hears, in reading order: title, summary, the page's parts and when to call. Not the sources. */
const SPOKEN = 'h1, .lead, .topic-part :is(h2, p, li), .when-to-call :is(h2, p, li)';

/** A voice as the device describes it; localService is false for a voice that runs on someone else's server. */
interface Voice {
	lang: string;
	localService?: boolean;
}

/**
 * A voice for the text's language ("nl" matches "nl-NL" and "nl_BE"), or undefined when the device has none.
 * A voice on the phone itself comes first, so the page's text stays on the phone when it can.
 */
export function voiceFor<V extends Voice>(voices: readonly V[], lang: string): V | undefined {
	const wanted = lang.toLowerCase().split('-')[0];
	const fitting = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === wanted);
	return fitting.find((voice) => voice.localService === true) ?? fitting[0];
}

/** A phone number as written: starts with 0 or +, groups of digits split by spaces or dashes, 7 digits or more. */
const PHONE_NUMBER = /(?<![\p{L}\p{N}])(?:\+|0)\d(?:[ \u00a0-]?\d)+(?![\p{L}\p{N}])/gu;

/** Phone numbers said digit by digit, with a pause between groups: "0800 2000" becomes "0 8 0 0, 2 0 0 0". */
export function speakPhoneNumbers(text: string): string {
	return text.replace(PHONE_NUMBER, (number) => {
		const groups = number.split(/[ \u00a0-]+/);
		if (groups.join('').replace('+', '').length < 7) return number;
		return groups.map((group) => [...group].join(' ')).join(', ');
	});
}

/** Whether an element is out of the reading flow: hidden, a pop-up (like a glossary explanation), or not rendered. */
function outOfFlow(element: Element): boolean {
	if (element.hasAttribute('popover') || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
	return typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
}

/** The text of a block as a reader sees it: without glossary pop-ups or anything hidden, one space between words. */
export function spokenText(block: Element): string {
	const parts: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) parts.push(node.textContent ?? '');
		else if (node.nodeType === 1 && !outOfFlow(node as Element)) node.childNodes.forEach(walk);
	};
	walk(block);
	return speakPhoneNumbers(parts.join('').replace(/\s+/g, ' ').trim());
}

/** A window as old browsers have it: speech synthesis may be missing. */
type SpeechWindow = Window & { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };

/** Wires the read-aloud controls inside an <article>; they stay hidden without speech support or a fitting voice. */
export function startReadAloud(controls: HTMLElement, win: SpeechWindow): void {
	const synth = win.speechSynthesis;
	const Utterance = win.SpeechSynthesisUtterance;
	const article = controls.closest('article');
	if (!synth || !Utterance || !article) return;
	const button = (action: string) => controls.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
	const [play, pause, stop] = [button('play'), button('pause'), button('stop')];
	const networkNotice = controls.querySelector<HTMLElement>('[data-network-voice]');
	if (!play || !pause || !stop) return;
	const lang = article.lang || document.documentElement.lang;
	let voice: SpeechSynthesisVoice | undefined;

	const offer = () => {
		voice = voiceFor(synth.getVoices(), lang);
		controls.hidden = !voice;
		// Said before reading: with only an online voice, the text leaves the phone.
		if (networkNotice) networkNotice.hidden = !voice || voice.localService === true;
	};
	const showSpeaking = (speaking: boolean) => {
		play.hidden = speaking;
		pause.hidden = !speaking;
		stop.hidden = !speaking;
		pause.textContent = pause.dataset.pause ?? '';
		(speaking ? pause : play).focus();
	};

	offer();
	synth.addEventListener?.('voiceschanged', offer);

	play.addEventListener('click', () => {
		if (!voice) return;
		synth.cancel();
		const blocks = [...article.querySelectorAll(SPOKEN)].filter((el) => !el.closest('[popover], [hidden]')).map(spokenText).filter(Boolean);
		blocks.forEach((text, i) => {
			const utterance = new Utterance(text);
			utterance.voice = voice ?? null;
			utterance.lang = voice?.lang ?? lang;
			if (i === blocks.length - 1) utterance.onend = () => showSpeaking(false);
			synth.speak(utterance);
		});
		showSpeaking(true);
	});
	pause.addEventListener('click', () => {
		if (synth.paused) synth.resume();
		else synth.pause();
		pause.textContent = (synth.paused ? pause.dataset.resume : pause.dataset.pause) ?? '';
	});
	stop.addEventListener('click', () => {
		synth.cancel();
		showSpeaking(false);
	});
	win.addEventListener('pagehide', () => synth.cancel());
}
