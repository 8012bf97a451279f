/**
 * Splits a printed phone number into pieces that must not break across lines,
 * so a narrow screen wraps "312-743-COPA (312-743-2672)" between the two
 * forms, never inside "312-743-" / "2672".
 *
 *   "(833) TALK-2-IG / (833) 825-5244" → ["(833) TALK-2-IG", " / ", "(833) 825-5244"]
 */
export function phoneSegments(display: string): string[] {
  return display.split(/( \/ | (?=\())/).filter((s) => s !== '');
}

/** True for the separators phoneSegments keeps between the unbreakable pieces. */
export const isPhoneSeparator = (segment: string): boolean => segment.trim() === '' || segment === ' / ';

/** The same text with non-breaking hyphens (U+2011) and non-breaking spaces (U+00A0). */
export function unbreakable(segment: string): string {
  return segment.replaceAll('-', '\u2011').replaceAll(' ', '\u00a0');
}

/**
 * The printed form that shows the digits dialled, without its parentheses:
 * ("1-800-LAW-REP4 (1-800-529-7374)", "+18005297374") → "1-800-529-7374".
 * For a line with no room for the lettered form (the tap-to-call line, the wallet card).
 */
export function dialledForm(display: string, dial: string): string {
  const segment = phoneSegments(display).find((s) => s.replace(/\D/g, '').endsWith(dial.slice(2)));
  if (segment === undefined) throw new Error(`"${display}" does not show the digits of ${dial}`);
  return segment.replace(/^\((.*)\)$/, '$1');
}
