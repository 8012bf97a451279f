/**
 * The words search treats specially, per language: the small words it leaves
 * out of a query, and the synonyms it tries when a plain question finds
 * nothing. Pagefind (the search engine) has neither: it stems words and
 * matches prefixes, but "la migra" never finds "ICE" and "CPD" never finds
 * "Chicago police". Both lists are applied to the query in the browser
 * (src/lib/search-query.ts); the search page hands its script only its own
 * language's lists, as JSON in an attribute.
 *
 * How the lists are used:
 * 1. The query loses its stop words, and Pagefind looks for pages that have
 *    every word left ("place of birth" → "place birth"). That is all most
 *    searches need.
 * 2. Only when no page has every word (a whole question: "My brother was
 *    arrested by CPD, will they hand him to ICE?"), or a word of a synonym
 *    group is on no page at all, does search fall back: each idea in the query
 *    (a word, or a group of synonyms) counts once, rare ideas count more than
 *    common ones, and pages with the most important ideas come first. The
 *    page says so.
 *
 * Writing an entry (every entry is reviewed by someone who knows the field
 * and the language; keep the lists small and about police and immigration):
 * - Write each entry as it is written in text: letter case and accents are
 *   ignored when matching the query, and an entry may be shown to the reader
 *   ("Including words that mean the same here, such as “Chicago police” for “CPD”").
 * - A phrase ("chicago police") matches those words in that order.
 * - A word ending in `*` matches any word that starts with it ("arrest*":
 *   arrest, arrested, arresting), and is searched as that beginning.
 * - `words` are synonyms: any one in the query searches for all of them.
 *   `alsoFor` are words that stand for the group in a question but would find
 *   the wrong pages if searched for whenever the group is: a narrower word
 *   ("brother" for "family", "someone"), or a word with other meanings here
 *   ("order", also in "Special Order" and "Executive Order", for "warrant").
 *   The word the reader typed is always searched too.
 * - Languages written without spaces (Chinese, Japanese) work the same way:
 *   the query is cut into words with the browser's word segmenter for the
 *   page's language, so write each entry as the words it cuts out.
 * Each language's lists live in its language file (src/i18n/languages/<code>.ts, `search`), so adding a
 * language adds them in the same place as its interface text; a unit test (tests/unit/search-query.test.ts)
 * asks every language of the site for stop words.
 */

import { languageSearchWords } from './index.ts';

export interface SynonymGroup {
  /** Words and phrases that mean the same here; each is searched when any of them (or of `alsoFor`) is in the query. */
  words: string[];
  /** Narrower words that stand for the group in a question, searched as the group. */
  alsoFor?: string[];
}

export interface SearchWords {
  /** Small words left out of a multi-word query: they are on almost every page and only cost downloads. */
  stop: string[];
  synonyms: SynonymGroup[];
  /**
   * Two one-word queries that find pages in this language, in two different index chunks: the search byte
   * budget test and `npm run bench` measure a first and a second search with them.
   */
  samples: [string, string];
}

/** The lists for `lang` (from its language file, src/i18n/languages/<code>.ts): empty for a language that has none. */
export function searchWords(lang: string): SearchWords {
  return languageSearchWords(lang) ?? { stop: [], synonyms: [], samples: ['', ''] };
}
