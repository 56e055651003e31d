// A part of a week-by-week page as plain text, for places that show it in short (Mijn fase).

/** The text inside <Part>…</Part> of a page's MDX, without markup: link texts stay, addresses and tags go. */
export function weekPart(body: string, part: string): string | undefined {
	const match = new RegExp(`<${part}>([\\s\\S]*?)</${part}>`).exec(body);
	if (!match) return undefined;
	const text = match[1]!
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[*_`]/g, '')
		.replace(/^\s*[-*]\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
	return text || undefined;
}
