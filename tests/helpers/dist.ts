/** Reads the built site (dist/) for tests: every page as a parsed DOM. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = process.env.SITE_OUT_DIR ?? 'dist';

export interface BuiltPage {
  /** Site path, e.g. "/rules/il-trust-act/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  document: Document;
}

/** Every file under dir, as paths starting with dir. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}/. Run "npm run build" first ("npm test" does it for you).`);
  }
}

export function filePathToSitePath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

let cache: BuiltPage[] | undefined;
export function builtPages(): BuiltPage[] {
  requireDist();
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: filePathToSitePath(file), file, html, document: parseHTML(html).document as unknown as Document };
    });
  return cache;
}

/** The not-found pages ("/404.html", "/es/404.html"): served at any missing address, never indexed. */
/**
 * The languages of the built site other than English: every first path segment under which a home page was
 * built (/es/, /pl/, …). Read from dist/ itself, so these helpers need no source code.
 */
export function builtLanguages(dist = DIST): string[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}/.`);
  return readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name) && existsSync(join(dist, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

let prefixes: RegExp | undefined;
/** The language prefix of an address, as a pattern: /^\/(es|pl|…)\// */
function prefix(): RegExp {
  prefixes ??= new RegExp(`^/(${builtLanguages().join('|') || '(?!)'})/`);
  return prefixes;
}

/** The page's language from its address: the first segment when it names a language, else "en". */
export const langOfPath = (path: string): string => prefix().exec(path)?.[1] ?? 'en';

/** The address of the same page in English: "/es/rules/x/" → "/rules/x/". */
export const englishPath = (path: string): string => path.replace(prefix(), '/');

/** The address of the same page in `lang`: ("/rules/x/", "pl") → "/pl/rules/x/". */
export const pathIn = (path: string, lang: string): string => (lang === 'en' ? englishPath(path) : `/${lang}${englishPath(path)}`);

export const isNotFound = (path: string): boolean => /^\/404\.html$/.test(englishPath(path));

/** A rule page in any language: "/rules/x/" or "/es/rules/x/". */
export const isRulePage = (path: string): boolean => /^\/rules\/[^/]+\/$/.test(englishPath(path));

export function pageAt(path: string): BuiltPage {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`no built page at ${path}`);
  return page;
}

/** Resolves a site path ("/rules/x/", "/rules/x", "/favicon.svg") to a file in a built site (dist/ by default), or undefined. */
export function resolveInDist(pathname: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = [clean, join(clean, 'index.html'), `${clean}.html`];
  return candidates.map((c) => join(dist, c)).find((p) => existsSync(p) && !p.endsWith(sep) && readdirSafe(p));
}

function readdirSafe(p: string): boolean {
  try {
    readdirSync(p);
    return false; // a directory, not a file
  } catch {
    return true;
  }
}
