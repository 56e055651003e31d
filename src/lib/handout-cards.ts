import QRCode from 'qrcode';

/** The topic pages a midwife or nurse hands out most, by id; a page the town hides is left out. */
export const HANDOUT_TOPICS = [
	'zwanger/kinkhoestprik',
	'bevalling/vitamine-k-en-d',
	'bevalling/hielprik-en-gehoortest',
	'baby/veilig-slapen',
	'baby/huilen',
	'baby/koorts',
	'baby/alarmsignalen-ziek-kind',
] as const;

/** A4 holds four A6 cards (2 × 2): the cards in groups of four, one group per printed sheet. */
export function sheetsOf<T>(cards: readonly T[], perSheet = 4): T[][] {
	const sheets: T[][] = [];
	for (let i = 0; i < cards.length; i += perSheet) sheets.push(cards.slice(i, i + perSheet));
	return sheets;
}

/**
 * A QR code for `url` as inline SVG, made in the build: dark on white with the quiet zone scanners need. It is
 * hidden from screen readers because the card prints the same address as text under it.
 */
export async function qrCodeSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
	return svg.trim().replace(/^<svg /, '<svg class="qr" aria-hidden="true" ');
}
