/**
 * What a language file declares. Each language of the site is one file in
 * src/i18n/languages/<code>.ts (its interface text) plus one content folder,
 * content/<code>/ (its pages); nothing else names a language. English is the
 * site's own language: its file defines the keys every other file must carry.
 */
import type { UiKey } from './languages/en.ts';
import type { SearchWords } from './search-words.ts';

export interface LanguageMeta {
  /** ISO 639-1 code: the address prefix (/es/), the content folder (content/es/) and <html lang>. */
  code: string;
  /** The language's own name, as the language switch shows it ("Español"). */
  name: string;
  /** Its name in English, for build messages and maintainers. */
  englishName: string;
  /** BCP 47 tag for dates, numbers and og:locale ("es-US"). */
  tag: string;
  /** Writing direction: "rtl" mirrors the whole layout (Arabic, Urdu). */
  dir: 'ltr' | 'rtl';
  /**
   * "full": every page of the site, rules included (English, Spanish).
   * "core": the pages a resident needs (home, rights, help, card, the translated guides, search); the others are
   * linked in the full languages, and say so.
   */
  coverage: 'full' | 'core';
  /** Position in the language switch (English 0, Spanish 1, then the rest). */
  order: number;
}

/** A language file: its description and every interface string, with the same keys as English. */
export interface LanguageFile {
  meta: LanguageMeta;
  strings: Record<UiKey, string>;
  /** Search in this language: the small words a query leaves out, and synonyms for this field (src/i18n/search-words.ts). */
  search: SearchWords;
}
