// Small pieces the islands share: a filter drop-down, and the counted phrase from src/lib/count-text.ts.

export interface Option {
	value: string;
	label: string;
}

export { countText, type PluralText } from '../lib/count-text.ts';

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
