/**
 * Dates that warn by themselves: whether a checked fact has grown old, and
 * whether a deadline has passed, as of the build's day (src/lib/build-date.ts).
 * Pure: every function takes "today" as an argument, so the rules are tested
 * with fixed days, and the components and `npm run review` agree.
 *
 * - A status, litigation state, deadline or contact check is **stale** when it
 *   was last checked more than STALE_AFTER_DAYS days before the build: the page
 *   then says when it was checked, that it may have changed, and where to check.
 * - A deadline has **passed** from the day after its date: on the day itself,
 *   "by July 1" still reads in the present tense.
 */
import { isIsoDate } from './dates.ts';

/** How many days a checked date stays fresh. Day 180 is fresh; day 181 is stale. */
export const STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(date: string): number {
  if (!isIsoDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** True when `checked` is more than `limit` days before `today`. */
export function isStale(checked: string, today: string, limit: number = STALE_AFTER_DAYS): boolean {
  return daysBetween(checked, today) > limit;
}

/** True once the day after `date` has begun. */
export function hasPassed(date: string, today: string): boolean {
  return daysBetween(date, today) > 0;
}

/** Which of a deadline's two wordings applies on `today`. */
export function deadlineTense(date: string, today: string): 'before' | 'after' {
  return hasPassed(date, today) ? 'after' : 'before';
}

/**
 * A deadline's wording split around its date: "must apply by {date}" →
 * { start: "must apply by ", hasDate: true, end: "" }. A wording may leave the
 * date out (an "after" note such as "We have not checked whether schools met
 * it."); it may not name it twice.
 */
export function splitWording(wording: string): { start: string; hasDate: boolean; end: string } {
  const parts = wording.split('{date}');
  if (parts.length > 2) throw new Error(`"${wording}" names {date} more than once`);
  return { start: parts[0], hasDate: parts.length === 2, end: parts[1] ?? '' };
}

/**
 * True when a deadline passed after the page was last checked: its words were
 * written before it passed, so the page says so and `npm run review` lists it.
 */
export function passedSinceCheck(date: string, checked: string, today: string): boolean {
  return hasPassed(date, today) && daysBetween(checked, date) >= 0;
}
