// Small pieces the islands share: a filter drop-down and a counted phrase in the reader's language.

export interface Option {
	value: string;
	label: string;
}

/** "{{count}} resultaten" per plural category of the language (one, other, few, …), as i18next has them. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The phrase for a number, in the plural form the language needs for it. */
export function countText(text: PluralText, locale: string, count: number, extra: Record<string, string | number> = {}): string {
	const phrase = text[new Intl.PluralRules(locale).select(count)] ?? text.other;
	return Object.entries({ ...extra, count }).reduce((result, [name, value]) => result.replaceAll(`{{${name}}}`, String(value)), phrase);
}

/** A labelled drop-down that narrows a list; its first choice, "all", means "no filter". */
export function FilterSelect({ label, all, options, value, onChange }: { label: string; all: string; options: Option[]; value: string; onChange: (value: string) => void }) {
	return (
		<label>
			{label}
			<select value={value} onChange={(event) => onChange(event.target.value)}>
				<option value="all">{all}</option>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
		</label>
	);
}
