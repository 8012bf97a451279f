/**
 * One topic of the crosswalk (content/crosswalk/*.yaml): how each of the main
 * rules answers one question, in a sentence or two of our own, with the
 * provisions that say so. Every column must be answered, even if only with
 * "not addressed", so a blank can never be mistaken for a "no".
 */
import { z } from 'astro/zod';
import { CROSSWALK_COLUMNS } from '../lib/crosswalk.ts';
import { isProvisionRef } from '../lib/provision-id.ts';
import { VERIFICATION_LEVELS } from '../lib/verification.ts';
import { prose, slugId } from './fields.ts';

const citeSchema = z.strictObject({
  rule: slugId,
  /** Provision pinpoint; leave out to cite the rule page as a whole. */
  at: z.string().refine(isProvisionRef, 'not a well-formed provision reference').optional(),
  term: prose.optional(),
});

const cellSchema = z.union([
  z.strictObject({
    /** One or two sentences in our own words. */
    answer: prose,
    /** The provisions that say so (at least one). */
    cites: z.array(citeSchema).min(1, 'an answer needs at least one citation'),
    /** How well the answer is checked: the weakest source it rests on. */
    verification: z.enum(VERIFICATION_LEVELS),
    /** The answer in Spanish (required; the build checks it). */
    es: z.strictObject({ answer: prose }).optional(),
  }),
  z.strictObject({
    /** The rule does not deal with this topic (in the parts we could read, if `note` says so). */
    notAddressed: z.literal(true),
    note: prose.optional(),
    /** The note in Spanish, when there is a note. */
    es: z.strictObject({ note: prose }).optional(),
  }),
]);

export const crosswalkSchema = z.strictObject({
  /** Stable anchor on the crosswalk page. */
  id: slugId,
  /** Short topic name, e.g. "Detainers and holds". */
  title: prose,
  /** The question a reader asks, e.g. "Can police hold someone for ICE?" */
  question: prose,
  /** One cell per rule column (see CROSSWALK_COLUMNS in src/lib/crosswalk.ts). */
  cells: z.strictObject(Object.fromEntries(CROSSWALK_COLUMNS.map((c) => [c, cellSchema])) as Record<(typeof CROSSWALK_COLUMNS)[number], typeof cellSchema>),
  /** Order on the page. */
  order: z.number().int(),
  /** Title and question in Spanish (required; the build checks it). */
  es: z.strictObject({ title: prose, question: prose }).optional(),
});

export type CrosswalkTopic = z.infer<typeof crosswalkSchema>;
