/**
 * Dates in content are strings, never Date objects: a legal date is a calendar
 * day, not an instant, and must not move with the reader's time zone.
 *
 * Full dates are ISO "YYYY-MM-DD". Where a source only gives the month or the
 * year (history entries), "YYYY-MM" or "YYYY" is allowed and printed as such.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = FULL.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1800 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for YYYY, YYYY-MM or a real YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  if (!m) return false;
  if (m[3] !== undefined) return isIsoDate(value);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12;
  }
  return Number(m[1]) >= 1800;
}

/**
 * A date as readers write it in `lang` (a language code or BCP 47 tag), by the
 * platform's Intl: "2017-08-28" → "August 28, 2017" (es: "28 de agosto de 2017");
 * "2025-08" → "August 2025" (es: "agosto de 2025"); "2019" → "2019".
 */
export function formatDate(value: string, lang = 'en'): string {
  const m = PARTIAL.exec(value);
  if (!m || !isPartialDate(value)) throw new Error(`"${value}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  const [, y, mo, d] = m;
  if (mo === undefined) return y;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(d === undefined ? {} : { day: 'numeric' }) };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Sort key that keeps partial dates in order ("2025-08" sorts before "2025-08-22"). */
export function dateSortKey(value: string): string {
  return value.padEnd(10, ' ');
}
