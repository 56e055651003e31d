import { useEffect, useId, useState } from 'react';
import { MILESTONE_GROUPS, milestoneCalendar, type CalendarMilestone, type MilestoneGroup } from '../lib/milestone-calendar.ts';
import { comingMilestones, localToday, myPhase, topicFits, type DateProblem, type KnownDate, type MyPhase as Phase } from '../lib/my-phase.ts';

/** Everything the island shows, already in the reader's language: it ships no translation library. */
export interface MyPhaseText {
	intro: string;
	iKnow: string;
	dueDate: string;
	lastPeriod: string;
	birthDate: string;
	dateLabel: string;
	remember: string;
	rememberHelp: string;
	show: string;
	forget: string;
	forgotten: string;
	dueOn: string;
	pagesNow: string;
	noPages: string;
	coming: string;
	problems: Record<DateProblem, string>;
	/** "Je bent N weken zwanger", for N = 0 to 42. */
	pregnantWeeks: string[];
	/** "en N dagen", for N = 0 to 6. */
	andDays: string[];
	/** "Je baby is N weken oud", for N = 0 to 8. */
	babyWeeks: string[];
	/** "Je kind is N maanden", for N = 0 to 47. */
	childMonths: string[];
	calendarHeading: string;
	calendarIntro: string;
	calendarGroups: string;
	groups: Record<MilestoneGroup, string>;
	addToCalendar: string;
	calendarReady: string;
	calendarNothing: string;
	/** The calendar's name in a phone's list of calendars. */
	calendarName: string;
	/** "Lees meer: {{url}}". */
	calendarReadMore: string;
	/** "Bron: {{url}}". */
	calendarSource: string;
	/** "Deze week: week {{week}}". */
	thisWeek: string;
	/** "Lees alles over week {{week}}". */
	readWeek: string;
	/** "Volgende: week {{week}}". */
	nextWeek: string;
	/** "Je baby". */
	baby: string;
}

export interface MyPhaseTopic {
	title: string;
	href: string;
	weekFrom?: number;
	weekTo?: number;
	monthFrom?: number;
	monthTo?: number;
}

export interface MyPhaseMilestone extends CalendarMilestone {
	/** The title of the page it links to, used on the timeline. */
	pageTitle?: string;
}

/** A week-by-week page in short, for the week the parent is in. */
export interface MyPhaseWeek {
	week: number;
	title: string;
	summary: string;
	/** The "Je baby" part as plain text. */
	baby?: string;
	href: string;
}

interface Props {
	text: MyPhaseText;
	/** BCP 47 locale for dates, e.g. "nl-NL". */
	dateLocale: string;
	topics: MyPhaseTopic[];
	milestones: MyPhaseMilestone[];
	/** The week-by-week pages in the reader's language, week 4 to 42. */
	weeks: MyPhaseWeek[];
	/** The site's address, for full links in the calendar file. */
	siteUrl: string;
}

/** The one key this site stores, and only after the parent says yes. */
export const STORAGE_KEY = 'mijn-fase';

/** The name of the calendar file a parent downloads. */
export const CALENDAR_FILE = 'mijn-fase.ics';

interface Stored {
	known: KnownDate;
	value: string;
}

function readStored(): Stored | undefined {
	try {
		const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Stored> | null;
		if (stored && (stored.known === 'dueDate' || stored.known === 'lastPeriod' || stored.known === 'birthDate') && typeof stored.value === 'string')
			return { known: stored.known, value: stored.value };
	} catch {
		// A broken or blocked store is the same as an empty one.
	}
	return undefined;
}

function headline(phase: Phase, text: MyPhaseText): string {
	if (phase.kind === 'pregnant') return phase.day ? `${text.pregnantWeeks[phase.week]} ${text.andDays[phase.day]}` : (text.pregnantWeeks[phase.week] ?? '');
	if (phase.kind === 'child') return phase.months < 2 ? (text.babyWeeks[phase.weeks] ?? '') : (text.childMonths[phase.months] ?? '');
	return text.problems[phase.problem];
}

/** What a parent already chose in the server-rendered form before the island woke up, so it is not lost. */
function chosenBeforeHydration(id: string): { known?: KnownDate; value?: string; remember?: boolean } {
	if (typeof document === 'undefined') return {};
	const known = document.querySelector<HTMLInputElement>(`input[name="${id}-known"]:checked`)?.value as KnownDate | undefined;
	const value = document.getElementById(`${id}-date`) as HTMLInputElement | null;
	const remember = document.querySelector<HTMLInputElement>(`[aria-describedby="${id}-remember"]`);
	return { known, value: value?.value, remember: remember?.checked };
}

export default function MyPhase({ text, dateLocale, topics, milestones, weeks, siteUrl }: Props) {
	const id = useId();
	const [chosen] = useState(() => chosenBeforeHydration(id));
	const [known, setKnown] = useState<KnownDate>(chosen.known ?? 'dueDate');
	const [value, setValue] = useState(chosen.value ?? '');
	const [remember, setRemember] = useState(chosen.remember ?? false);
	const [phase, setPhase] = useState<Phase>();
	const [notice, setNotice] = useState('');
	const [ready, setReady] = useState(false);
	const [groups, setGroups] = useState<ReadonlySet<MilestoneGroup>>(() => new Set(MILESTONE_GROUPS));
	const [calendar, setCalendar] = useState<{ href: string } | 'nothing'>();

	// The server renders this same first state, so nothing moves when the island wakes up. Its HTML carries no
	// boolean attributes (React writes them as checked="", which html-validate rejects): the default choice is
	// ticked once the island runs, and the form checks the date itself (no required or noValidate).
	useEffect(() => {
		setReady(true);
		const stored = readStored();
		if (!stored) return;
		setKnown(stored.known);
		setValue(stored.value);
		setRemember(true);
		setPhase(myPhase(stored.known, stored.value, localToday(new Date())));
	}, []);

	function show(event: { preventDefault(): void }) {
		event.preventDefault();
		const result = myPhase(known, value, localToday(new Date()));
		setPhase(result);
		setNotice('');
		setCalendar(undefined);
		try {
			if (remember && result.kind !== 'problem') localStorage.setItem(STORAGE_KEY, JSON.stringify({ known, value }));
			if (!remember) localStorage.removeItem(STORAGE_KEY);
		} catch {
			// Private mode may refuse storage; the answer still shows.
		}
	}

	function forget() {
		try {
			localStorage.removeItem(STORAGE_KEY);
		} catch {
			// Nothing was stored.
		}
		setRemember(false);
		setValue('');
		setPhase(undefined);
		setCalendar(undefined);
		setNotice(text.forgotten);
	}

	function toggleGroup(group: MilestoneGroup, on: boolean) {
		const next = new Set(groups);
		if (on) next.add(group);
		else next.delete(group);
		setGroups(next);
		setCalendar(undefined);
	}

	/** Makes the calendar file on the phone and hands it over as a download: no server sees the date. */
	function addToCalendar() {
		if (!phase) return;
		const file = milestoneCalendar(phase, milestones, groups, {
			siteUrl,
			stamp: new Date(),
			text: { name: text.calendarName, readMore: text.calendarReadMore, source: text.calendarSource },
		});
		if (!file) {
			setCalendar('nothing');
			return;
		}
		if (calendar && calendar !== 'nothing') URL.revokeObjectURL(calendar.href);
		const href = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
		setCalendar({ href });
		const link = document.createElement('a');
		link.href = href;
		link.download = CALENDAR_FILE;
		link.click();
	}

	// Until the island runs, the server-rendered controls say they are not ready yet.
	const waiting = ready ? undefined : 'true';
	const formatDate = (iso: string) => new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
	const fitting = phase ? topics.filter((topic) => topicFits(phase, topic)) : [];
	const coming = phase ? comingMilestones(phase, milestones, 6) : [];
	const options: KnownDate[] = ['dueDate', 'lastPeriod', 'birthDate'];
	const thisWeek = phase?.kind === 'pregnant' ? weeks.find((w) => w.week === phase.week) : undefined;
	const nextWeek = thisWeek ? weeks.find((w) => w.week === thisWeek.week + 1) : undefined;
	const week = (template: string, n: number) => template.replace('{{week}}', String(n));

	return (
		<div className="my-phase needs-script">
			<p>{text.intro}</p>
			<form onSubmit={show} className="panel">
				<fieldset>
					<legend>{text.iKnow}</legend>
					{options.map((option) => (
						<label key={option} className="choice">
							<input type="radio" name={`${id}-known`} value={option} checked={ready && known === option} aria-disabled={waiting} onChange={() => setKnown(option)} />
							{text[option]}
						</label>
					))}
				</fieldset>
				<label className="field" htmlFor={`${id}-date`}>
					{text.dateLabel}
				</label>
				<input
					id={`${id}-date`}
					type="date"
					value={value}
					aria-required="true"
					aria-disabled={waiting}
					aria-invalid={phase?.kind === 'problem' || undefined}
					aria-describedby={phase?.kind === 'problem' ? `${id}-problem` : undefined}
					onChange={(event) => setValue(event.target.value)}
				/>
				<label className="choice">
					<input type="checkbox" checked={remember} aria-disabled={waiting} onChange={(event) => setRemember(event.target.checked)} aria-describedby={`${id}-remember`} />
					{text.remember}
				</label>
				<p id={`${id}-remember`} className="hint">
					{text.rememberHelp}
				</p>
				<div className="actions">
					<button type="submit" className="button" aria-disabled={waiting}>
						{text.show}
					</button>
					{remember && (
						<button type="button" className="button button--quiet" onClick={forget}>
							{text.forget}
						</button>
					)}
				</div>
			</form>
			<div aria-live="polite">
				{notice && <p className="notice">{notice}</p>}
				{phase?.kind === 'problem' && (
					<p id={`${id}-problem`} className="notice notice--problem" role="alert">
						{text.problems[phase.problem]}
					</p>
				)}
				{phase && phase.kind !== 'problem' && (
					<section className="my-phase__result" aria-labelledby={`${id}-headline`}>
						<h2 id={`${id}-headline`}>{headline(phase, text)}</h2>
						{phase.kind === 'pregnant' && <p>{text.dueOn.replace('{{date}}', formatDate(phase.dueDate))}</p>}
						{thisWeek && (
							<section className="my-phase__week" aria-labelledby={`${id}-week`}>
								<h3 id={`${id}-week`}>{week(text.thisWeek, thisWeek.week)}</h3>
								<p>
									<strong>{thisWeek.title}</strong>
								</p>
								<p>{thisWeek.summary}</p>
								{thisWeek.baby && (
									<>
										<h4>{text.baby}</h4>
										<p>{thisWeek.baby}</p>
									</>
								)}
								<ul>
									<li>
										<a href={thisWeek.href}>{week(text.readWeek, thisWeek.week)}</a>
									</li>
									{nextWeek && (
										<li>
											<a href={nextWeek.href}>{week(text.nextWeek, nextWeek.week)}</a>
										</li>
									)}
								</ul>
							</section>
						)}
						<h3>{text.pagesNow}</h3>
						{fitting.length ? (
							<ul>
								{fitting.map((topic) => (
									<li key={topic.href}>
										<a href={topic.href}>{topic.title}</a>
									</li>
								))}
							</ul>
						) : (
							<p>{text.noPages}</p>
						)}
						{coming.length > 0 && (
							<>
								<h3>{text.coming}</h3>
								<ol className="timeline">
									{coming.map((m) => (
										<li key={m.id}>
											<time dateTime={m.date}>{formatDate(m.date)}</time>
											{m.dateTo && (
												<>
													{' – '}
													<time dateTime={m.dateTo}>{formatDate(m.dateTo)}</time>
												</>
											)}
											{m.href ? <a href={m.href}>{m.pageTitle ?? m.title}</a> : <span>{m.title}</span>}
										</li>
									))}
								</ol>
							</>
						)}
						<section className="my-phase__calendar" aria-labelledby={`${id}-calendar`}>
							<h3 id={`${id}-calendar`}>{text.calendarHeading}</h3>
							<p>{text.calendarIntro}</p>
							<fieldset>
								<legend>{text.calendarGroups}</legend>
								{MILESTONE_GROUPS.map((group) => (
									<label key={group} className="choice">
										<input type="checkbox" name={`${id}-group`} value={group} checked={groups.has(group)} onChange={(event) => toggleGroup(group, event.target.checked)} />
										{text.groups[group]}
									</label>
								))}
							</fieldset>
							<div className="actions">
								<button type="button" className="button" onClick={addToCalendar}>
									{text.addToCalendar}
								</button>
							</div>
							{calendar === 'nothing' && <p className="notice">{text.calendarNothing}</p>}
							{calendar && calendar !== 'nothing' && (
								<p className="notice">
									<a href={calendar.href} download={CALENDAR_FILE}>
										{text.calendarReady}
									</a>
								</p>
							)}
						</section>
					</section>
				)}
			</div>
		</div>
	);
}
