/**
 * A "what if" guide: a question residents ask, answered action first. The
 * English file (content/guides/<id>.mdx) carries the facts; a translation
 * (content/<lang>/guides/<id>.mdx) carries only the words. The body follows
 * one template, checked by src/lib/guide-structure.ts:
 *
 *   <RightNow> three to five actions </RightNow>
 *   <If title="If …"> … </If>            (any number, each a situation)
 *   <Why> what the rules say, cited </Why>
 *   <ReportIt> where to complain </ReportIt>
 *
 * The page prints the title, the one-sentence answer and a tap-to-call line
 * first, so all three are on the first phone screen.
 */
import { z } from 'astro/zod';
import { isoDate, prose, slugId } from './fields.ts';
import { translationFields } from './translation-fields.ts';

/** The answer: one short sentence, printed first. */
const answer = prose.refine((s) => s.length <= 240, 'keep the answer to one short sentence (240 characters at most): it must fit the first phone screen');

export const guideSchema = z.strictObject({
  /** The question, as a resident would ask it, e.g. "ICE is at my door. What can I do?" */
  title: prose,
  answer,
  /** Contacts registry id of the line to call right now: printed as a tap-to-call line under the answer. */
  call: slugId,
  /** Position in the list of guides. */
  order: z.number().int(),
  /** When the guide was last reviewed against the rules and sources it cites ("YYYY-MM-DD"). */
  lastReviewed: isoDate,
  /** One of the most urgent guides: every language translates it, not only the full ones. */
  core: z.boolean().default(false),
});

/** A translated guide: the words only; order, contact, dates and citations come from the English file. */
export const guideTranslationSchema = z.strictObject({
  title: prose,
  answer,
  ...translationFields,
});

export type GuideData = z.infer<typeof guideSchema>;
