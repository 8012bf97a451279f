/**
 * What "save this site on this device" saves, for one language: every page
 * in that language, the styles and scripts the pages use, and that
 * language's search index. Built from the list of files in dist/ after the
 * build (src/integrations/offline-manifest.ts) and read by the service worker
 * (public/sw.js) when a reader turns offline reading on.
 */
export interface BuiltFile {
  /** Path inside dist/, with forward slashes, e.g. "es/rules/il-trust-act/index.html". */
  path: string;
  bytes: number;
}

export interface OfflineManifest {
  lang: string;
  /** Addresses relative to the site's base: "es/rules/il-trust-act/", "_astro/x.css", "pagefind/…". */
  files: string[];
  /** Total size on disk (uncompressed), to tell the reader how much will be saved. */
  bytes: number;
}

/** Pages that are not for reading offline: not-found pages. Data files (api/, feed, sitemap) are not pages. */
const NOT_FOR_OFFLINE = /(^|\/)404(\.html|\/index\.html)$/;

function pageLang(path: string): string {
  return path.startsWith('es/') ? 'es' : 'en';
}

function isPage(path: string): boolean {
  return path.endsWith('index.html') && !NOT_FOR_OFFLINE.test(path) && !path.startsWith('pagefind/');
}

function isPagefindFileFor(path: string, lang: string): boolean {
  if (!path.startsWith('pagefind/')) return false;
  const name = path.slice('pagefind/'.length);
  return (
    ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(name) ||
    name === `wasm.${lang}.pagefind` ||
    new RegExp(`^pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`).test(name) ||
    new RegExp(`^(index|fragment|filter)/${lang}_[0-9a-f]+\\.pf_(index|fragment|filter)$`).test(name)
  );
}

/** "rules/x/index.html" → "rules/x/"; "index.html" → "". */
export function pageAddress(path: string): string {
  return path.replace(/index\.html$/, '');
}

export function offlineManifest(files: BuiltFile[], lang: string): OfflineManifest {
  const chosen = files.filter(
    (f) =>
      (isPage(f.path) && pageLang(f.path) === lang) ||
      /^_astro\/[^/]+\.(css|js)$/.test(f.path) ||
      f.path === 'favicon.svg' ||
      isPagefindFileFor(f.path, lang),
  );
  const pages = chosen.filter((f) => isPage(f.path)).map((f) => pageAddress(f.path)).sort();
  const others = chosen.filter((f) => !isPage(f.path)).map((f) => f.path).sort();
  return { lang, files: [...pages, ...others], bytes: chosen.reduce((n, f) => n + f.bytes, 0) };
}
