// The café's calendar files: one feed per location, one for everything, and one file per session.
import { buildMoment } from '../lib/build-day.ts';
import { seriesCalendar, sessionCalendar, type CalendarOptions, type CalendarPlace } from '../lib/cafe-calendar.ts';
import { CAFE_DATES_PER_LOCATION, cafeWindow } from '../lib/cafe-view.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import { useTranslations } from '../i18n/index.ts';
import type { CafeSession } from '../lib/cafe.ts';
import { cafeLocations, cafeSessions, cafeThemes, type CafeLocationEntry } from './content.ts';

const t = useTranslations('nl');

function options(): CalendarOptions {
	const site = loadSiteConfig();
	return { name: t('cafe.title'), siteUrl: site.url, stamp: buildMoment() };
}

function placeOf(location: CafeLocationEntry): CalendarPlace {
	const { data } = location;
	return {
		id: location.id,
		title: `${t('cafe.title')} ${data.neighbourhood}`,
		description: `${t('cafe.intro')} ${t('cafe.practical')}`,
		address: `${data.name}, ${data.address.street}, ${data.address.postalCode} ${data.address.city}`,
		lat: data.coordinates.lat,
		lon: data.coordinates.lon,
		url: new URL(`/cafe/${location.id}/`, loadSiteConfig().url).href,
	};
}

async function themeLinks() {
	const site = loadSiteConfig();
	return new Map((await cafeThemes()).map((theme) => [theme.id, { title: theme.data.title, url: new URL(`/cafe/thema/${theme.id}/`, site.url).href }]));
}

/** The subscribable feed of the given locations (all when none is named): each series with its skipped dates. */
export async function cafeFeed(locationId?: string): Promise<string> {
	const { farAhead } = cafeWindow();
	const locations = (await cafeLocations()).filter((l) => !locationId || l.id === locationId);
	const series = await Promise.all(
		// From each series' own start, so every cancelled date ever is skipped, not only the coming ones.
		locations.map(async (location) => ({ place: placeOf(location), series: location.data, sessions: await cafeSessions(location.data.startDate, farAhead, location.id) })),
	);
	return seriesCalendar(series, await themeLinks(), options());
}

/** Every session the pages list, each with its location, for one "Zet in agenda" file each. */
export async function sessionFiles(): Promise<{ location: CafeLocationEntry; session: CafeSession }[]> {
	const { today, weeksAhead, farAhead } = cafeWindow();
	const perLocation = await Promise.all(
		(await cafeLocations()).map(async (location) =>
			(await cafeSessions(today, farAhead, location.id)).filter((session, i) => i < CAFE_DATES_PER_LOCATION || session.date <= weeksAhead).map((session) => ({ location, session })),
		),
	);
	return perLocation.flat();
}

/** The calendar file for one session. */
export async function sessionFile(location: CafeLocationEntry, session: CafeSession): Promise<string> {
	const themes = await themeLinks();
	const theme = session.theme ? themes.get(session.theme) : undefined;
	const place = placeOf(location);
	return sessionCalendar(place, session, location.data, theme ? `${place.title}: ${theme.title}` : place.title, theme?.url ?? place.url, options());
}
