/**
 * The two languages of the site and how their addresses relate: English at
 * the root, Spanish under /es/. Every page exists in both; the same path with
 * or without /es/ is the same page in the other language.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the page being rendered (Astro.currentLocale), English by default. */
export function langOf(locale: string | undefined): Lang {
  return locale === 'es' ? 'es' : 'en';
}

/** Joins base, language prefix and a site path: ("/", "es", "rules/") → "/es/rules/". */
export function localePath(base: string, lang: Lang, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${lang === 'es' ? 'es/' : ''}${path.replace(/^\/+/, '')}`;
}

/** The same page in the other language: "/rules/x/" ⇄ "/es/rules/x/" (under the base path). */
export function translatePath(base: string, pathname: string, to: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  if (rest === 'es' || rest.startsWith('es/')) rest = rest.slice(3);
  return localePath(base, to, rest);
}

/** BCP 47 tag for dates and the Open Graph locale. */
export const LOCALE_TAGS: Record<Lang, string> = { en: 'en-US', es: 'es-US' };
