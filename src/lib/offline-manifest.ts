/**
 * What "save this site on this device" saves, for one language: every page
 * in that language, the styles and scripts the pages use, and that
 * language's search index. Built from the files in dist/ after the build
 * (src/integrations/offline-manifest.ts writes it to offline-<lang>.json)
 * and read by the service worker (src/service-worker/sw.ts) when a reader
 * turns offline reading on, and again after each deploy to bring the saved
 * copy up to date.
 *
 * Nothing here knows which languages exist: the integration passes the list,
 * and each language's address prefix ("" for the default language, "es/").
 */
export interface BuiltFile {
  /** Path inside dist/, with forward slashes, e.g. "es/rules/il-trust-act/index.html". */
  path: string;
  bytes: number;
  /** A hash of the file's bytes (see revisionOf in offline-copy.ts): changes when the file does. */
  revision: string;
}

/** The not-saved notice, in one language of the site. */
export interface OfflineNotice {
  lang: string;
  /** That language's home, relative to the base: "" or "es/". */
  home: string;
  title: string;
  text: string;
}

export interface OfflineManifest {
  lang: string;
  /**
   * Changes whenever anything in the copy changes, or the site is rebuilt:
   * a saved copy whose version differs from the site's is out of date.
   */
  version: string;
  /** The day the site was built ("YYYY-MM-DD"): the date of a copy saved from it. */
  built: string;
  /** That day in this language ("December 7, 2026"). */
  builtText: string;
  /** Addresses relative to the site's base: "es/rules/il-trust-act/", "_astro/x.css", "pagefind/…". */
  files: string[];
  /** The revision of each file, by address. */
  revisions: Record<string, string>;
  /** Total size on disk (uncompressed), to tell the reader how much will be saved. */
  bytes: number;
  /**
   * The note the service worker puts at the top of every page it answers
   * from the saved copy, in this language; "{date}" stands for builtText.
   */
  copyNote: string;
  /** The notice for an address that is not saved, in every language of the site. */
  notices: OfflineNotice[];
}

/** Pages that are not for reading offline: not-found pages. Data files (api/, feed, sitemap) are not pages. */
const NOT_FOR_OFFLINE = /(^|\/)404(\.html|\/index\.html)$/;

/**
 * The language of a built page: the one whose address prefix is the longest
 * that the path starts with ("es/rules/x/index.html" → the "es/" language,
 * "rules/x/index.html" → the language at the root).
 */
export function pageLang(path: string, prefixes: Record<string, string>): string | undefined {
  let best: string | undefined;
  for (const [lang, prefix] of Object.entries(prefixes)) {
    if (path.startsWith(prefix) && (best === undefined || prefix.length > prefixes[best].length)) best = lang;
  }
  return best;
}

function isPage(path: string): boolean {
  return path.endsWith('index.html') && !NOT_FOR_OFFLINE.test(path) && !path.startsWith('pagefind/');
}

function isPagefindFileFor(path: string, lang: string): boolean {
  if (!path.startsWith('pagefind/')) return false;
  const name = path.slice('pagefind/'.length);
  const l = lang.replace(/[^a-z0-9-]/gi, '');
  return (
    ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(name) ||
    name === `wasm.${l}.pagefind` ||
    new RegExp(`^pagefind\\.${l}_[0-9a-f]+\\.pf_meta$`).test(name) ||
    new RegExp(`^(index|fragment|filter)/${l}_[0-9a-f]+\\.pf_(index|fragment|filter)$`).test(name)
  );
}

/** "rules/x/index.html" → "rules/x/"; "index.html" → "". */
export function pageAddress(path: string): string {
  return path.replace(/index\.html$/, '');
}

export interface ManifestOptions {
  /** Each language's address prefix, relative to the base: { en: '', es: 'es/' }. */
  prefixes: Record<string, string>;
  built: string;
  builtText: string;
  copyNote: string;
  notices: OfflineNotice[];
  /** Hashes a string (the version is a hash of the manifest's content). */
  hash: (text: string) => string;
}

export function offlineManifest(files: BuiltFile[], lang: string, options: ManifestOptions): OfflineManifest {
  const chosen = files.filter(
    (f) =>
      (isPage(f.path) && pageLang(f.path, options.prefixes) === lang) ||
      /^_astro\/[^/]+\.(css|js)$/.test(f.path) ||
      f.path === 'favicon.svg' ||
      isPagefindFileFor(f.path, lang),
  );
  const address = (f: BuiltFile) => (isPage(f.path) ? pageAddress(f.path) : f.path);
  const byAddress = (a: BuiltFile, b: BuiltFile) => (address(a) < address(b) ? -1 : address(a) > address(b) ? 1 : 0);
  const pages = chosen.filter((f) => isPage(f.path)).sort(byAddress);
  const others = chosen.filter((f) => !isPage(f.path)).sort(byAddress);
  const ordered = [...pages, ...others];
  const revisions = Object.fromEntries(ordered.map((f) => [address(f), f.revision]));
  const version = options.hash(JSON.stringify([lang, options.built, revisions]));
  return {
    lang,
    version,
    built: options.built,
    builtText: options.builtText,
    files: ordered.map(address),
    revisions,
    bytes: chosen.reduce((n, f) => n + f.bytes, 0),
    copyNote: options.copyNote,
    notices: options.notices,
  };
}
