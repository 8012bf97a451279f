/**
 * One entry of the source registry (content/sources/*.yaml): a document we rely
 * on, where it lives, and when we last confirmed the address shows it.
 * Rules, provisions and history entries point to these by `id`, so every link
 * to an official text is written once and checked in one place.
 */
import { z } from 'astro/zod';
import { isoDate, prose, slugId, webUrl } from './fields.ts';

export const sourceSchema = z
  .strictObject({
    /** Stable identifier used by rules, e.g. "ilga-5-ilcs-805-15". */
    id: slugId,
    /** What the link points to, in our words, e.g. "5 ILCS 805/15, official text". */
    title: prose,
    /** Who publishes the document, e.g. "Illinois General Assembly". */
    publisher: prose,
    /** Full address of the document. */
    url: webUrl,
    /**
     * True when the publisher is the body that made, administers or decided the
     * rule (a legislature, council, police department or court). False for
     * news reports, advocacy groups and unofficial copies.
     */
    official: z.boolean(),
    /** When someone on the team last confirmed that this address shows this text ("YYYY-MM-DD"). */
    checked: isoDate.optional(),
    /**
     * How it was checked: "live" when the page was opened on the publisher's
     * site, "archive" when an archived copy of that address was read, and
     * "unchecked" for an official address we could not open (the site then
     * says "link not yet checked"). `checked` is required unless "unchecked".
     */
    checkedVia: z.enum(['live', 'archive', 'unchecked']),
    /** Anything a reader should know about this source (e.g. "shows only the first part of the Act"). */
    note: prose.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.checkedVia !== 'unchecked' && s.checked === undefined) {
      ctx.addIssue({ code: 'custom', path: ['checked'], message: 'give the day you checked the link ("YYYY-MM-DD"), or set checkedVia: unchecked' });
    }
    if (s.checkedVia === 'unchecked' && s.checked !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['checked'], message: 'an unchecked link has no checked date' });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
