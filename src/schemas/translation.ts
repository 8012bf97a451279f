/**
 * The frontmatter of a translated rule page (content/<lang>/rules/<id>.mdx, same file
 * name as the English rule). It holds only what is written in words; every
 * fact (citation, dates, sources, verification, provisions) comes from the
 * English file, so the two pages cannot disagree on a fact. The build checks
 * that the lists line up one for one with the English file.
 */
import { z } from 'astro/zod';
import { isProvisionRef } from '../lib/provision-id.ts';
import { isoDate, prose } from './fields.ts';
import { translationFields } from './translation-fields.ts';

export const ruleTranslationSchema = z.strictObject({
  /** The rule's name in Spanish, as residents would say it, e.g. "Ley TRUST de Illinois". */
  title: prose,
  shortTitle: prose,
  /** Who has to follow it, in one plain Spanish sentence. */
  appliesTo: prose,
  /** One plain paragraph (700 characters at most). */
  summary: prose.refine((s) => s.length <= 700, 'keep the summary to one short paragraph (700 characters at most)'),
  /** Translation of the English status note; required exactly when the English file has one. */
  status: z.strictObject({ note: prose.optional() }).default({}),
  /** One entry per English history entry, in the same order: the summary in Spanish. */
  history: z.array(z.strictObject({ summary: prose })),
  /** One entry per English provision, in the same order, with the same `at` and `term`. */
  provisions: z
    .array(
      z.strictObject({
        at: z.string().refine(isProvisionRef, 'not a well-formed provision reference'),
        /** The defined term exactly as in the English file (it fixes the anchor). */
        term: prose.optional(),
        /** Our plain heading, in Spanish. */
        heading: prose,
      }),
    )
    .default([]),
  /** Extra names people search for in Spanish, e.g. "Ley TRUST". */
  aliases: z.array(prose).default([]),
  /** When the Spanish page was last reviewed against the English page ("YYYY-MM-DD"). */
  lastReviewed: isoDate,
  ...translationFields,
});

export type RuleTranslation = z.infer<typeof ruleTranslationSchema>;
