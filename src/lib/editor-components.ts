// The parts of a page that are MDX tags in the file (<WatIsHet>, <Begrip term="…">) become blocks with Dutch labels in
// the editors' CMS, so no editor types or sees a tag. Each block writes the file back in exactly today's format: a
// blank line after the opening tag and before the closing tag. This file imports nothing: the build serves it to the
// CMS as it is, with only its types taken out.

/** A Sveltia/Decap editor component (CMS.registerEditorComponent). */
export interface EditorComponent {
	id: string;
	label: string;
	icon?: string;
	fields: { name: string; label: string; widget: string; hint?: string; pattern?: [string, string]; buttons?: string[]; editor_components?: string[] }[];
	pattern: RegExp;
	fromBlock: (match: RegExpMatchArray) => Record<string, string>;
	toBlock: (props: Record<string, unknown>) => string;
	toPreview: (props: Record<string, unknown>) => string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '').trim();

/** A part of a page: the tag on its own line, a blank line, Markdown, a blank line, the closing tag. */
function part(tag: string, id: string, label: string): EditorComponent {
	return {
		id,
		label,
		icon: 'article',
		fields: [{ name: 'text', label: 'Tekst', widget: 'markdown', buttons: ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list'], editor_components: ['begrip'] }],
		pattern: new RegExp(`^<${tag}>\\r?\\n\\r?\\n([\\s\\S]*?)\\r?\\n\\r?\\n</${tag}>$`, 'm'),
		fromBlock: (match) => ({ text: match[1] ?? '' }),
		toBlock: (props) => `<${tag}>\n\n${text(props.text)}\n\n</${tag}>`,
		toPreview: (props) => `**${label}**\n\n${text(props.text)}`,
	};
}

/** A professional word explained once: <Begrip term="kraamzorg">kraamzorg</Begrip>. */
const glossaryWord: EditorComponent = {
	id: 'begrip',
	label: 'Begrip (moeilijk woord uitleggen)',
	icon: 'menu_book',
	fields: [
		{ name: 'term', label: 'Begrip uit de lijst', widget: 'string', hint: 'De id uit Begrippen, zoals kraamzorg.', pattern: ['^[a-z0-9-]+$', 'Kleine letters, cijfers en streepjes, zoals kraamzorg.'] },
		{ name: 'text', label: 'Woord zoals de lezer het ziet', widget: 'string' },
	],
	pattern: /<Begrip term="([a-z0-9-]+)">([^<\n]*)<\/Begrip>/,
	fromBlock: (match) => ({ term: match[1] ?? '', text: match[2] ?? '' }),
	toBlock: (props) => `<Begrip term="${text(props.term)}">${text(props.text).replace(/[<>]/g, '')}</Begrip>`,
	toPreview: (props) => `_${text(props.text)}_`,
};

/** Every block the CMS offers, by the tag it stands for. */
export const EDITOR_COMPONENTS: EditorComponent[] = [
	part('WatIsHet', 'watIsHet', 'Wat is het?'),
	part('WatKunJeDoen', 'watKunJeDoen', 'Wat kun je zelf doen?'),
	part('JeBaby', 'jeBaby', 'Je baby'),
	part('JouwLijf', 'jouwLijf', 'Jouw lijf'),
	part('DezeWeek', 'dezeWeek', 'Deze week'),
	glossaryWord,
];
