/**
 * Canonical citations printed on the site.
 *
 * Each rule declares how its provisions are cited with a *pinpoint template*
 * holding the placeholder `{at}`, for example:
 *
 *   "5 ILCS 805/{at}"                → 5 ILCS 805/15(e)
 *   "MCC § {at}"                     → MCC § 2-173-020(a)(4)
 *
 * A defined term is cited as its section plus the term:
 *   5 ILCS 805/10 (definition of "civil immigration warrant")
 */

export const AT_PLACEHOLDER = '{at}';

/** True when a template contains the `{at}` placeholder exactly once. */
export function isPinpointTemplate(template: string): boolean {
  return template.split(AT_PLACEHOLDER).length === 2;
}

/**
 * The two parts of a provision citation: the pinpoint proper, which should
 * never break across lines ("5 ILCS 805/10"), and an optional suffix naming a
 * defined term (' (definition of "civil immigration warrant")', with `definitionOf` in the
 * reader's language).
 */
export function pinpointParts(template: string, at: string, term?: string, definitionOf = 'definition of'): { pinpoint: string; suffix: string } {
  if (!isPinpointTemplate(template)) {
    throw new Error(`citation template "${template}" must contain ${AT_PLACEHOLDER} exactly once`);
  }
  const pinpoint = template.replace(AT_PLACEHOLDER, at);
  // The defined term stays as the (English) text defines it; only the words around it are translated.
  return { pinpoint, suffix: term === undefined ? '' : ` (${definitionOf} “${term}”)` };
}

/** Fills a pinpoint template: ("5 ILCS 805/{at}", "15(e)") → "5 ILCS 805/15(e)". */
export function formatPinpoint(template: string, at: string, term?: string, definitionOf = 'definition of'): string {
  const { pinpoint, suffix } = pinpointParts(template, at, term, definitionOf);
  return pinpoint + suffix;
}
