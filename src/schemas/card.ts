/**
 * The printable rights card (content/card.mdx, and content/<lang>/card.mdx in each language that has one):
 * one sheet of Letter or A4 paper with the rights, what local police may not
 * do (with citations), who to call, a QR code to the site, and the date it
 * was last checked. Every language must have one; the build checks it.
 */
import { z } from 'astro/zod';
import { isoDate, prose, slugId } from './fields.ts';

export const cardSchema = z.strictObject({
  /** The card's heading and the page title. */
  title: prose,
  /** One or two sentences for search engines and link previews. */
  description: prose,
  /** Printed on the card as "current as of": when the card was last checked against the rules and contacts. */
  lastReviewed: isoDate,
  /** Contacts registry ids (content/contacts/) printed in large type, most urgent first. */
  contacts: z.array(slugId).min(1, 'name at least one contact').max(3, 'three contacts at most: the card must fit one page'),
});

export type CardData = z.infer<typeof cardSchema>;
