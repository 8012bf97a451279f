/**
 * The build's "today", from one place. Everything in a build that depends on
 * the day reads it here: the notices on dates that have grown old and the
 * tense of deadlines (src/lib/staleness.ts), `npm run review`, the date of the
 * offline copy (offline-<lang>.json) and /api/meta.json. A test, or a rebuild
 * "as of" a given day, sets it with one variable:
 *
 *   SITE_BUILD_DATE    "YYYY-MM-DD": build as of this day.
 *   SOURCE_DATE_EPOCH  seconds since 1970 (the reproducible-builds convention): that
 *                      instant's day in Chicago.
 *   neither            the clock: today in Chicago, read once per process, so one build
 *                      never straddles two days.
 *
 * A malformed value fails loudly instead of silently falling back to the clock.
 */
import { isIsoDate } from './dates.ts';

/** The site's readers are in Illinois: the day of a build is the day in Chicago. */
export const TIME_ZONE = 'America/Chicago';

/** The calendar day ("YYYY-MM-DD") of an instant in `timeZone`. */
export function dayIn(instant: Date, timeZone: string = TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** What chose the day: the variable that set it, or the clock. */
export type BuildDateOrigin = 'SITE_BUILD_DATE' | 'SOURCE_DATE_EPOCH' | 'clock';

let clockDay: string | undefined;

/**
 * The build's day and where it came from. `env` and `now` are parameters so the
 * rule can be tested; the site calls it with none.
 */
export function buildDateWithOrigin(env: Record<string, string | undefined> = process.env, now?: Date): { date: string; origin: BuildDateOrigin } {
  const explicit = env.SITE_BUILD_DATE?.trim();
  if (explicit) {
    if (!isIsoDate(explicit)) throw new Error(`SITE_BUILD_DATE="${explicit}" is not a real calendar day: write it as YYYY-MM-DD, e.g. 2026-12-07`);
    return { date: explicit, origin: 'SITE_BUILD_DATE' };
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH="${epoch}" is not a whole number of seconds since 1970`);
    return { date: dayIn(new Date(Number(epoch) * 1000)), origin: 'SOURCE_DATE_EPOCH' };
  }
  if (now) return { date: dayIn(now), origin: 'clock' };
  clockDay ??= dayIn(new Date());
  return { date: clockDay, origin: 'clock' };
}

/** The build's day, "YYYY-MM-DD" (see the top of this file). */
export function buildDate(env: Record<string, string | undefined> = process.env, now?: Date): string {
  return buildDateWithOrigin(env, now).date;
}
