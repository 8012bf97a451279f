/**
 * Site addresses, pure and free of the language registry (browser scripts
 * import this): English at the root, every other language under /<code>/,
 * all under the configured base path ("/" or "/some/base/").
 */

/** The site's own language, served at the root. */
export const DEFAULT_LANG = 'en';

/** The base path with exactly one trailing slash. */
export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins base, language prefix and a site path: ("/", "es", "rules/") → "/es/rules/". */
export function localePath(base: string, lang: string, path = ''): string {
  return `${withSlash(base)}${lang === DEFAULT_LANG ? '' : `${lang}/`}${path.replace(/^\/+/, '')}`;
}

/** Site path of a rule page in a language that has rule pages: "/es/rules/il-trust-act/". */
export function rulePath(base: string, ruleId: string, lang: string = DEFAULT_LANG): string {
  return localePath(base, lang, `rules/${ruleId}/`);
}
