/**
 * The rights card (content/card.mdx, and content/<lang>/card.mdx in each language that has one). Its page
 * offers two things to print:
 *   - a sheet of wallet cards, 85.6 × 54 mm, each a front in the card's language and a back in English to show
 *     an agent, printed side by side and folded. The body's <Front> holds the front's four or five
 *     rights; the English card's <Back> holds the statement on the back, which every language prints, and each
 *     other language's <BackMeaning> says on screen what that statement means;
 *   - the full-page card: the body's <Full>, with citations, the contacts below and the "current as of" date,
 *     on one sheet of Letter or A4.
 * The page's view (src/views/CardPage.astro) fails the build when a part is missing.
 */
import { z } from 'astro/zod';
import { isoDate, prose, slugId } from './fields.ts';
import { translationFields } from './translation-fields.ts';

export const cardSchema = z.strictObject({
  /** The page title and the heading of the full-page card. */
  title: prose,
  /** One or two sentences for search engines and link previews. */
  description: prose,
  /** Printed on the cards as "current as of": when the card was last checked against the rules and contacts. */
  lastReviewed: isoDate,
  /**
   * Contacts registry ids (content/contacts/), most urgent first. The full-page card prints them all in large
   * type; the wallet card prints the first two, which must have a phone number.
   */
  contacts: z
    .array(slugId)
    .min(2, 'name at least two contacts: the wallet card prints two numbers')
    .max(3, 'three contacts at most: the card must fit one page'),
});

/** A translated card (content/<lang>/card.mdx): the words only; its date and contacts come from the English card. */
export const cardTranslationSchema = z.strictObject({
  title: prose,
  description: prose,
  ...translationFields,
});

export type CardData = z.infer<typeof cardSchema>;
