/** Site-wide names and constants, in one place. */
export const SITE = {
  name: 'Police & Immigration Rules: Illinois and Chicago',
  shortName: 'Police & Immigration Rules',
  description:
    'What Illinois and Chicago rules say about police and federal immigration enforcement, in plain language, with the exact provision for every point.',
  lang: 'en',
} as const;

/** Joins the configured base path and a site path: ("/base/", "rules/") → "/base/rules/". */
export function sitePath(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
