/**
 * What components inside a resident page (a guide, the home, rights, help and
 * card pages) record while its MDX renders: the verification notes, which
 * become numbered footnotes at the end instead of interrupting the text, and
 * the rules the page cites, listed as its sources. <ResidentBody> sets it on
 * Astro.locals around the render; rule pages do not, and keep notes inline.
 */
import type { Verification } from '../lib/verification.ts';

export interface ResidentContext {
  /** One entry per footnote marker, in order: the level of the statement it marks. */
  notes: Exclude<Verification, 'official'>[];
  /** Rule ids cited on the page, in order of first citation. */
  cited: Set<string>;
}
