/**
 * One glossary entry (content/glossary/*.yaml): a defined or technical term,
 * explained in our words, pointing to the provisions that define or use it.
 * The build fails if a reference does not resolve, or if a term a rule
 * defines (a provision with `term`) has no glossary entry.
 */
import { z } from 'astro/zod';
import { isProvisionRef } from '../lib/provision-id.ts';
import { prose, slugId } from './fields.ts';

export const glossarySchema = z.strictObject({
  /** Stable anchor on the glossary page, e.g. "civil-immigration-warrant". */
  id: slugId,
  /** The term as readers meet it, e.g. "Civil immigration warrant". */
  term: prose,
  /** Other forms of the term that rule text may use, e.g. "civil immigration warrants". */
  aliases: z.array(prose).default([]),
  /** One to three plain sentences in our own words. */
  definition: prose.refine((s) => s.length <= 600, 'keep a definition to a few short sentences (600 characters at most)'),
  /** Where the term is defined or used, the defining provision first. */
  refs: z
    .array(
      z.strictObject({
        /** Rule id. */
        rule: slugId,
        /** Provision pinpoint, e.g. "10" or "III-A". */
        at: z.string().refine(isProvisionRef, 'not a well-formed provision reference'),
        /** The defined term, when the provision is one term of a definitions section. */
        term: prose.optional(),
      }),
    )
    .min(1, 'point to at least the provision that defines or explains the term'),
  /**
   * The entry in Spanish. Required (the build checks it): `term` is how Spanish
   * speakers say it; the official English term stays in `term` above.
   */
  es: z
    .strictObject({
      term: prose,
      aliases: z.array(prose).default([]),
      definition: prose.refine((s) => s.length <= 700, 'keep a definition to a few short sentences'),
      /**
       * The shorter form to use after the first mention on a page, e.g. "solicitud
       * de retención" after "solicitud de retención de ICE (\"detainer\")".
       */
      short: prose.optional(),
      /**
       * Renderings Spanish pages must not use for this term, e.g. "orden de
       * detención" for a detainer (a request, not an order). The build fails on
       * each one found in a Spanish text (src/lib/forbidden-terms.ts), matched as
       * whole words, ignoring capitals and accents, and tells the writer to use
       * `term` instead. List plurals separately ("órdenes de detención"). A longer
       * rendering the glossary approves (any entry's Spanish `term`, `short` or
       * `aliases`) may contain one: "orden de ICE para ejecutar una deportación"
       * is fine although "orden de ICE" alone is not.
       */
      avoid: z.array(prose).default([]),
    })
    .optional(),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
