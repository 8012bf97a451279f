/**
 * One provision of a rule, declared in the rule's frontmatter. The MDX body
 * then explains it with <Provision at="…">…</Provision>; the build fails if a
 * declared provision is never explained, or an explained one is not declared.
 */
import { z } from 'astro/zod';
import { isProvisionRef } from '../lib/provision-id.ts';
import { VERIFICATION_LEVELS } from '../lib/verification.ts';
import { isoDate, prose, slugId } from './fields.ts';

export const verificationSchema = z.enum(VERIFICATION_LEVELS);

export const provisionSchema = z.strictObject({
  /**
   * Pinpoint after the rule's citation: "15", "15(e)", "25(a)(2)(A)",
   * "2-173-020(a)(4)". It fixes the permanent anchor (see src/lib/provision-id.ts).
   */
  at: z.string().refine(isProvisionRef, 'not a well-formed provision reference: expected e.g. "15", "15(e)" or "2-173-020(a)(4)"'),
  /** For one defined term inside a definitions section: the term as the text defines it. */
  term: prose.optional(),
  /**
   * The provision this one sits under, when its citation does not show it:
   * directive items are written "III-A", not "III(A)". Leave it out when the
   * parentheses already say it ("15(a)" sits under "15").
   */
  parent: z.string().refine(isProvisionRef, 'not a well-formed provision reference').optional(),
  /** Our short plain-language heading, e.g. "No holding anyone on an ICE detainer". */
  heading: prose,
  /** The heading printed in the official text (sections only), e.g. "Definitions." */
  officialTitle: prose.optional(),
  /** How this provision's wording was checked. */
  verification: verificationSchema,
  /**
   * Source registry id of the official text of this provision. Subsections
   * inherit their section's source, and sections the rule's first official source.
   */
  source: slugId.optional(),
  /**
   * For a published anchor whose number a newer version gave to other text
   * (anchors are permanent, so the number keeps its anchor): `on`, the date of
   * the version that changed it; `to`, the provision of this rule that now
   * covers what the number used to say, or leave it out when that text was
   * dropped. The page prints a short note under the heading; explain the
   * change in the body too. E.g. { on: "2021-02-23", to: "I-B" }.
   */
  moved: z
    .strictObject({
      on: isoDate,
      to: z.string().refine(isProvisionRef, 'not a well-formed provision reference').optional(),
    })
    .optional(),
});

export type ProvisionEntry = z.infer<typeof provisionSchema>;
