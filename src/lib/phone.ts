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
