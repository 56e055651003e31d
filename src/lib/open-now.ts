// Runs on the phone: keep it tiny and free of libraries. The build works out the opening times (see
// openIntervals in opening-hours.ts); this only compares them with the phone's clock.

/** A service's opening times for the weeks the build looked ahead, in whole minutes since the epoch. */
export interface OpenTimes {
	/** The first minute the build knows about. */
	from: number;
	/** The first minute it no longer knows about. */
	until: number;
	/** Opening and closing minutes, in pairs, flattened: [opens, closes, opens, closes, …]. */
	spans: number[];
}

/** Packs [opens, closes] millisecond pairs for the page, small: minutes, flattened. */
export function packOpenTimes(intervals: [number, number][], from: number, until: number): OpenTimes {
	const minute = (ms: number) => Math.floor(ms / 60_000);
	return { from: minute(from), until: minute(until), spans: intervals.flatMap(([opens, closes]) => [minute(opens), minute(closes)]) };
}

/**
 * Whether the service is open at `now`: true or false, or undefined when nobody knows. That is when the service
 * has no opening hours, or when `now` lies outside the weeks the build worked out (the site is old, or the
 * phone's clock is wrong).
 */
export function isOpenAt(times: OpenTimes | undefined, now: Date): boolean | undefined {
	if (!times) return undefined;
	const minute = Math.floor(now.getTime() / 60_000);
	if (Number.isNaN(minute) || minute < times.from || minute >= times.until) return undefined;
	for (let i = 0; i < times.spans.length; i += 2) if (minute >= times.spans[i] && minute < times.spans[i + 1]) return true;
	return false;
}
