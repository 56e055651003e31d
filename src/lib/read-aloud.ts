// "Lees voor" with the browser's own speech synthesis. Runs in the browser; voiceFor is pure and unit-tested.

/** What the parent hears, in reading order: title, summary, the page's parts and when to call. Not the sources. */
const SPOKEN = 'h1, .lead, .topic-part :is(h2, p, li), .when-to-call :is(h2, p, li)';

/** A voice for the text's language ("nl" matches "nl-NL" and "nl_BE"), or undefined when the device has none. */
export function voiceFor<V extends { lang: string }>(voices: readonly V[], lang: string): V | undefined {
	const wanted = lang.toLowerCase().split('-')[0];
	return voices.find((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === wanted);
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
	if (!play || !pause || !stop) return;
	const lang = article.lang || document.documentElement.lang;
	let voice: SpeechSynthesisVoice | undefined;

	const offer = () => {
		voice = voiceFor(synth.getVoices(), lang);
		controls.hidden = !voice;
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
		const blocks = [...article.querySelectorAll(SPOKEN)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
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
