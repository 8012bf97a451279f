/**
 * A prose page (content/pages/<lang>/<slug>.mdx): the home page, About &
 * method, Data & citations, Know your rights, Get help. Every English page
 * needs its Spanish page with the same file name; the build checks it.
 */
import { z } from 'astro/zod';
import { isoDate, prose } from './fields.ts';
import { translationFields } from './translation-fields.ts';

export const pageSchema = z.strictObject({
  /** The page's h1 and title. */
  title: prose,
  /** One or two sentences for search engines and link previews. */
  description: prose,
  /** When the page was last reviewed against its sources ("YYYY-MM-DD"). */
  lastReviewed: isoDate,
  /** Breadcrumb label, when shorter than the title (not shown on the home page). */
  crumb: prose.optional(),
  /** A page every language translates, not only the full ones (home, rights, help, offline). Set in English. */
  core: z.boolean().default(false),
});

/** A translated page (content/<lang>/pages/<slug>.mdx): the words only; its review date and role come from the English page. */
export const pageTranslationSchema = z.strictObject({
  title: prose,
  description: prose,
  crumb: prose.optional(),
  ...translationFields,
});

export type PageData = z.infer<typeof pageSchema>;
