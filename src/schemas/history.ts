/**
 * One dated event in a rule's life: enactment, amendment, a new version, a
 * vote, a court ruling. The timeline and the rule page are built from these.
 */
import { z } from 'astro/zod';
import { HISTORY_EVENTS, keysOf } from '../lib/taxonomy.ts';
import { partialDate, prose, slugId } from './fields.ts';
import { verificationSchema } from './provision.ts';

export const historySchema = z.strictObject({
  /** "YYYY-MM-DD"; "YYYY-MM" or "YYYY" only when the source gives no day. */
  date: partialDate,
  /** What happened (see HISTORY_EVENTS in src/lib/taxonomy.ts). */
  event: z.enum(keysOf(HISTORY_EVENTS)),
  /** The instrument's number as officially written, e.g. "P.A. 102-234", "O2021-117". */
  instrument: prose.optional(),
  /** One or two sentences in our own words. */
  summary: prose,
  /** Source registry id that shows this event. */
  source: slugId,
  /** How this event was checked. */
  verification: verificationSchema,
});

export type HistoryEntry = z.infer<typeof historySchema>;
