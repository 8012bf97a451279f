/**
 * The copy of the site saved on a reader's device, as the service worker
 * (src/service-worker/sw.ts) and the offline switch (src/scripts/offline-switch.ts)
 * both see it. Pure functions, with no storage access: the name of this
 * site's cache, the key each saved file is kept under, what an update must
 * fetch and what it must delete, and the HTML the worker writes.
 *
 * The rules come from Workbox (workbox-core's cacheNames, workbox-precaching):
 * - the cache name ends with the service worker's scope (origin and base
 *   path), so sites that share an origin, such as GitHub Pages project sites,
 *   never read or delete each other's caches;
 * - each file is kept under its address plus its revision, so a new deploy's
 *   files are saved beside the old ones, and the copy switches to them only
 *   once all are saved (by storing the new manifest);
 * - then everything the saved manifests do not list is deleted.
 */
import type { OfflineManifest, OfflineNotice } from './offline-manifest.ts';

export const CACHE_PREFIX = 'offline-copy';
/** Bumped if the way files are kept ever changes; older formats of this site's cache are then deleted. */
export const CACHE_FORMAT = 'v2';
/** The one cache the first version of the worker used, for every site on the origin. */
export const LEGACY_CACHE = 'site-v1';
/** Where the layout lets the worker write the date of the copy (src/layouts/BaseLayout.astro). */
export const COPY_MARKER = '<!--offline-copy-->';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** This site's cache: "offline-copy-v2-https://owner.github.io/repo/". */
export function cacheName(scope: string): string {
  return `${CACHE_PREFIX}-${CACHE_FORMAT}-${scope}`;
}

/** True for this site's caches in any format, false for every other site's, even on the same origin. */
export function isOwnCache(name: string, scope: string): boolean {
  return new RegExp(`^${escapeRegExp(CACHE_PREFIX)}-v\\d+-${escapeRegExp(scope)}$`).test(name);
}

/** True if an address (without query) is inside the scope: the same origin, under the base path. */
export function inScope(address: string, scope: string): boolean {
  return address.startsWith(scope);
}

/** An address without its query or fragment: search terms never become part of a key. */
export function addressOf(url: string | URL): string {
  const address = new URL(url);
  address.search = '';
  address.hash = '';
  return address.href;
}

/** The address of a file listed in a manifest: ("https://x.org/base/", "rules/a/") → "https://x.org/base/rules/a/". */
export function fileAddress(scope: string, file: string): string {
  return new URL(file, scope).href;
}

/** The key a file is saved under: its address and its revision. */
export function entryKey(scope: string, file: string, revision: string): string {
  return `${fileAddress(scope, file)}?offline-rev=${encodeURIComponent(revision)}`;
}

/**
 * The key of the record that says what is saved: the manifest of each saved
 * language, in full. It is written last, once every file of a copy is saved,
 * so the copy switches from one deploy to the next in one step.
 */
export function stateKey(scope: string): string {
  return `${scope}?offline-copies`;
}

/** What the state record holds. */
export interface SavedState {
  copies: OfflineManifest[];
}

export interface CopyEntry {
  file: string;
  address: string;
  key: string;
}

/** Every file of a manifest, with its address and key. */
export function entriesOf(manifest: OfflineManifest, scope: string): CopyEntry[] {
  return manifest.files.map((file) => ({ file, address: fileAddress(scope, file), key: entryKey(scope, file, manifest.revisions[file] ?? '') }));
}

/** The files of a manifest not yet saved (present: the keys in the cache). */
export function missingEntries(manifest: OfflineManifest, scope: string, present: Iterable<string>): CopyEntry[] {
  const have = new Set(present);
  return entriesOf(manifest, scope).filter((e) => !have.has(e.key));
}

/** The keys to delete once these manifests are the saved copy: everything they do not list. */
export function unlistedKeys(keys: Iterable<string>, manifests: OfflineManifest[], scope: string): string[] {
  const keep = new Set([stateKey(scope), ...manifests.flatMap((m) => entriesOf(m, scope).map((e) => e.key))]);
  return [...keys].filter((key) => !keep.has(key));
}

/** Address → saved entry, over every saved language (the first manifest listing an address wins). */
export function indexCopies(manifests: OfflineManifest[], scope: string): Map<string, CopyEntry & { lang: string }> {
  const index = new Map<string, CopyEntry & { lang: string }>();
  for (const manifest of manifests) {
    for (const entry of entriesOf(manifest, scope)) if (!index.has(entry.address)) index.set(entry.address, { ...entry, lang: manifest.lang });
  }
  return index;
}

/** A page address, as opposed to a file: "" or ending in "/". */
export function isPageFile(file: string): boolean {
  return file === '' || file.endsWith('/');
}

/** The revision of a file's bytes: the first 16 hex digits of its SHA-256. The build and the worker both use this. */
export async function revisionOf(bytes: BufferSource | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The classes of the note; the same box as the offline switch, so the site's stylesheet has them. */
const NOTE_CLASS = 'offline-copy mb-6 rounded-md border-2 border-accent p-4 font-semibold';

/** The note on a page answered from the saved copy: "Saved copy from <time>December 7, 2026</time>. …". */
export function copyNoteHtml(manifest: Pick<OfflineManifest, 'copyNote' | 'built' | 'builtText'>): string {
  const [before, ...after] = manifest.copyNote.split('{date}');
  const date = `<time datetime="${escapeHtml(manifest.built)}">${escapeHtml(manifest.builtText)}</time>`;
  return `<p class="${NOTE_CLASS}" role="note" data-offline-copy>${escapeHtml(before)}${after.length > 0 ? date : ''}${escapeHtml(after.join('{date}'))}</p>`;
}

/**
 * Writes the note into a page at the layout's marker; a page without the
 * marker gets it at the start of <main>, or of <body>.
 */
export function withCopyNote(html: string, note: string): string {
  const at = html.indexOf(COPY_MARKER);
  if (at >= 0) return html.slice(0, at) + note + html.slice(at + COPY_MARKER.length);
  for (const tag of [/<main\b[^>]*>/i, /<body\b[^>]*>/i]) {
    const match = tag.exec(html);
    if (match) return html.slice(0, match.index + match[0].length) + note + html.slice(match.index + match[0].length);
  }
  return note + html;
}

/** The language of an address, by the longest home prefix it starts with (languages from the notices). */
export function langOfAddress(address: string, scope: string, notices: OfflineNotice[]): string | undefined {
  if (!address.startsWith(scope)) return undefined;
  const path = address.slice(scope.length);
  return notices.filter((n) => path.startsWith(n.home)).sort((a, b) => b.home.length - a.home.length)[0]?.lang;
}

/**
 * The page for an address that is not saved, when the network fails: the
 * notice in the language of each saved copy and in the language of the
 * address asked for, then the saved pages of each copy.
 */
export function noticePage(copies: OfflineManifest[], requested: string, scope: string): string {
  const notices = copies.find((c) => c.notices.length > 0)?.notices ?? [];
  const asked = langOfAddress(requested, scope, notices);
  const langs = [...new Set([...copies.map((c) => c.lang), ...(asked ? [asked] : [])])].filter((lang) => notices.some((n) => n.lang === lang));
  const texts = langs.map((lang, i) => {
    const notice = notices.find((n) => n.lang === lang)!;
    const heading = i === 0 ? 'h1' : 'h2';
    return `<section lang="${escapeHtml(lang)}"><${heading}>${escapeHtml(notice.title)}</${heading}><p>${escapeHtml(notice.text)}</p></section>`;
  });
  const lists = copies.map((copy) => {
    const pages = copy.files.filter(isPageFile).map((file) => {
      const { pathname } = new URL(fileAddress(scope, file));
      return `<li><a href="${escapeHtml(pathname)}">${escapeHtml(decodeURIComponent(pathname))}</a></li>`;
    });
    return `<ul lang="${escapeHtml(copy.lang)}">${pages.join('')}</ul>`;
  });
  const title = langs.map((lang) => notices.find((n) => n.lang === lang)!.title).join(' | ');
  return (
    `<!doctype html><html lang="${escapeHtml(langs[0] ?? '')}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
    `<body><main>${texts.join('')}${lists.join('')}</main></body></html>`
  );
}

/** The worker's answer to "save" (sent by the offline switch, src/scripts/offline-switch.ts). */
export type SaveReply = { ok: true; files: number; bytes: number; builtText: string } | { ok: false; error: string };

/*
 * The few steps both the worker and the page take on the Cache Storage of
 * the origin. Each is careful to touch only this site's caches, and never to
 * create a cache while only reading.
 */

/** The saved copies (one manifest per saved language), or none. */
export async function readCopies(storage: CacheStorage, scope: string): Promise<OfflineManifest[]> {
  const state = await storage.match(stateKey(scope), { cacheName: cacheName(scope) });
  return state ? ((await state.json()) as SavedState).copies : [];
}

/** Deletes this site's caches (all formats), except the one named; other sites' caches stay. */
export async function removeOwnCaches(storage: CacheStorage, scope: string, except?: string): Promise<void> {
  for (const name of await storage.keys()) if (isOwnCache(name, scope) && name !== except) await storage.delete(name);
}

/**
 * The first worker kept every site of the origin in one cache, "site-v1":
 * deletes this site's entries from it, and the cache once it is empty.
 */
export async function removeLegacyEntries(storage: CacheStorage, scope: string): Promise<void> {
  if (!(await storage.has(LEGACY_CACHE))) return;
  const legacy = await storage.open(LEGACY_CACHE);
  for (const request of await legacy.keys()) if (inScope(addressOf(request.url), scope)) await legacy.delete(request);
  if ((await legacy.keys()).length === 0) await storage.delete(LEGACY_CACHE);
}
