/**
 * The languages of the site, and the one place pages and components get their
 * language and interface text from. The list is data: every file in
 * src/i18n/languages/ is a language (see language.ts). English lives at the
 * root of the site; every other language under /<code>/.
 */
import type { LanguageFile, LanguageMeta } from './language.ts';
import type { UiKey } from './languages/en.ts';
import { DEFAULT_LANG, localePath, withSlash } from '../lib/paths.ts';

export { DEFAULT_LANG, localePath, withSlash };

export type { LanguageMeta } from './language.ts';
export type { UiKey } from './languages/en.ts';

/** A language code of the site ("en", "es", …). */
export type Lang = string;

const files = Object.values(import.meta.glob<LanguageFile>('./languages/*.ts', { eager: true, import: 'default' })).sort((a, b) => a.meta.order - b.meta.order);
const byCode = new Map(files.map((f) => [f.meta.code, f]));

/** Every language code, English first, in switch order. */
export const LANGS: readonly Lang[] = files.map((f) => f.meta.code);
/** The languages that have every page of the site (rules included). */
export const FULL_LANGS: readonly Lang[] = files.filter((f) => f.meta.coverage === 'full').map((f) => f.meta.code);

export function isLang(code: string | undefined): code is Lang {
  return code !== undefined && byCode.has(code);
}

/** The description of a language (its name, BCP 47 tag, direction, coverage). */
export function language(lang: Lang): LanguageMeta {
  const file = byCode.get(lang);
  if (!file) throw new Error(`Unknown language "${lang}": add src/i18n/languages/${lang}.ts`);
  return file.meta;
}

/** The search words of `lang` (its stop words and synonyms), as its language file gives them. */
export function languageSearchWords(lang: Lang): LanguageFile['search'] | undefined {
  return byCode.get(lang)?.search;
}

/** The text for `key` in `lang`, with {placeholders} filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = (byCode.get(lang) ?? byCode.get(DEFAULT_LANG)!).strings[key];
  // A value that ends a sentence with its own period (a Ukrainian date, "7 грудня 2026 р.") takes the place of the
  // template's period: "{date}." never prints two.
  return text.replace(/\{(\w+)\}(\.?)/g, (_, name: string, stop: string) => {
    const value = String(vars[name] ?? `{${name}}`);
    return stop && value.endsWith('.') ? value : value + stop;
  });
}

/** Every interface string of `lang` whose key is listed (for the browser scripts' JSON island). */
export function strings(lang: Lang, keys: readonly UiKey[]): Partial<Record<UiKey, string>> {
  return Object.fromEntries(keys.map((k) => [k, t(lang, k)]));
}

/** The language of an address: its first segment after the base, when that names a language; else English. */
export function langFromPath(base: string, pathname: string): Lang {
  const b = withSlash(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const first = rest.split('/')[0];
  return first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
}

/** The address without base and language prefix: "/es/rules/x/" → "rules/x/". */
export function pathInLanguage(base: string, pathname: string): string {
  const b = withSlash(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const lang = langFromPath(base, pathname);
  return lang === DEFAULT_LANG ? rest : rest.slice(lang.length + 1);
}

/** The same page in another language: "/rules/x/" → "/es/rules/x/" (under the base path). */
export function translatePath(base: string, pathname: string, to: Lang): string {
  return localePath(base, to, pathInLanguage(base, pathname));
}

/** What a page or component needs about its language, from its address: `const { lang, t } = i18n(Astro)`. */
export function i18n(astro: { url: URL }) {
  const base = import.meta.env.BASE_URL;
  const lang = langFromPath(base, astro.url.pathname);
  return {
    lang,
    meta: language(lang),
    t: (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars),
    /** A site path in this language: at("rules/") → "/es/rules/". */
    at: (path = '') => localePath(base, lang, path),
  };
}

/** Words from a content entry's per-language block: the entry itself in English, entry[lang] otherwise. */
export function localized<T extends object>(entry: T, lang: Lang): T | undefined {
  if (lang === DEFAULT_LANG) return entry;
  return (entry as Record<string, unknown>)[lang] as T | undefined;
}

/** The language whose rule pages a page in `lang` links to: its own when it has them, else English. */
export function ruleLang(lang: Lang): Lang {
  return FULL_LANGS.includes(lang) ? lang : DEFAULT_LANG;
}

/**
 * A content entry's language and its id within that language, from its collection id:
 * "guides/ice-at-my-door" → en, "ice-at-my-door"; "es/guides/ice-at-my-door" → es, "ice-at-my-door";
 * "card" → en, ""; "es/card" → es, "".
 */
export function entryLanguage(id: string): { lang: Lang; slug: string } {
  const [first, ...rest] = id.split('/');
  const lang = first !== DEFAULT_LANG && isLang(first) ? first : DEFAULT_LANG;
  const parts = lang === DEFAULT_LANG ? [first, ...rest] : rest;
  // Drop the collection folder ("guides/", "pages/", "rules/"); a single-file collection (the card) has no slug.
  return { lang, slug: parts.length > 1 ? parts.slice(1).join('/') : parts[0] === 'card' ? '' : parts[0] };
}

/** The route parameter for a page in `lang` (src/pages/[...lang]/): none for English, the code otherwise. */
export function langParam(lang: Lang): { lang: string | undefined } {
  return { lang: lang === DEFAULT_LANG ? undefined : lang };
}
