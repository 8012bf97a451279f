/**
 * A "what if" guide (content/guides/<lang>/<id>.mdx): a question residents
 * ask, answered plainly, with the rules that apply. Each English guide needs a
 * Spanish guide with the same file name; the build checks it.
 */
import { z } from 'astro/zod';
import { isoDate, prose } from './fields.ts';

export const guideSchema = z.strictObject({
  /** The question, as a resident would ask it, e.g. "ICE is at my door. What can I do?" */
  title: prose,
  /** The short plain answer shown first (two or three sentences). */
  answer: prose.refine((s) => s.length <= 500, 'keep the short answer to two or three sentences (500 characters at most)'),
  /** Position in the list of guides. */
  order: z.number().int(),
  /** When the guide was last reviewed against the rules it cites ("YYYY-MM-DD"). */
  lastReviewed: isoDate,
});

export type GuideData = z.infer<typeof guideSchema>;
