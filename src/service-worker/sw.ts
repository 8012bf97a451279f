/**
 * Offline reading, only for readers who turn it on (the "Save for offline
 * use" page, src/scripts/offline-switch.ts registers this worker). Nothing is
 * stored on a device until then, and "Delete" removes the copy and this
 * worker. First-party only: it never touches a request to another site, or
 * to another site on the same origin, and it never sends anything anywhere.
 *
 * - "Save" keeps every file the build lists for the reader's language
 *   (offline-<lang>.json, see src/lib/offline-manifest.ts): its pages, styles
 *   and scripts, and its search index. Nothing else is ever stored: not the
 *   pages the reader visits in another language, not search terms.
 * - After a deploy, the copy brings itself up to date the next time the
 *   reader opens a page of the site online: the worker compares the saved
 *   manifest with the site's, saves the files that changed beside the old
 *   ones, switches to the new copy in one step, and deletes what the new
 *   copy no longer lists. If the connection drops half-way, the old copy
 *   stays whole and the next page tries again.
 * - Pages and files are fetched from the network first, so an online reader
 *   always sees the current text. The copy answers when the network fails
 *   or takes longer than a few seconds, and every page it answers says, at
 *   the top, the date of the copy (no page script needed).
 * - An address that is not saved gets a short notice in the language of the
 *   copy and of the address, with the list of saved pages.
 * - Everything lives in one cache named after this worker's scope (see
 *   src/lib/offline-copy.ts): other sites' caches are never read or deleted.
 *
 * Built into dist/sw.js by src/integrations/offline-manifest.ts, and type
 * checked with the webworker library (src/service-worker/tsconfig.json).
 */
import {
  addressOf,
  cacheName,
  copyNoteHtml,
  indexCopies,
  inScope,
  missingEntries,
  noticePage,
  readCopies,
  removeLegacyEntries,
  removeOwnCaches,
  revisionOf,
  stateKey,
  unlistedKeys,
  withCopyNote,
  type CopyEntry,
  type SaveReply,
  type SavedState,
} from '../lib/offline-copy.ts';
import type { OfflineManifest } from '../lib/offline-manifest.ts';

declare const self: ServiceWorkerGlobalScope;

const SCOPE = self.registration.scope;
const CACHE = cacheName(SCOPE);
/** How long to wait for the network before answering from the device. */
const SLOW_NETWORK_MS = 4000;
/** How many files to download at once while saving. */
const PARALLEL_DOWNLOADS = 6;

/** Set by "Delete": from then on nothing is written, until the reader presses Save again. */
let forgotten = false;
/** The saved copies, read once per start of the worker and replaced on every change. */
let saved: Promise<OfflineManifest[]> | undefined;
/** Address → saved file, once the copies are read: lets the fetch handler leave unsaved files alone. */
let index: Map<string, CopyEntry & { lang: string }> | undefined;
/** Saves run one at a time, so one never deletes what another is saving. */
let queue: Promise<unknown> = Promise.resolve();
let checking: Promise<void> | undefined;

function copies(): Promise<OfflineManifest[]> {
  saved ??= readCopies(caches, SCOPE).then(
    (list) => {
      index = indexCopies(list, SCOPE);
      return list;
    },
    (error: unknown) => {
      saved = undefined;
      throw error;
    },
  );
  return saved;
}

function remember(list: OfflineManifest[]): void {
  saved = Promise.resolve(list);
  index = indexCopies(list, SCOPE);
}

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Older formats of this site's cache, and the first worker's shared cache; never another site's.
      await removeOwnCaches(caches, SCOPE, CACHE);
      await removeLegacyEntries(caches, SCOPE);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const address = addressOf(request.url);
  if (!inScope(address, SCOPE)) return;
  const navigate = request.mode === 'navigate';
  // A file that is not saved is none of the worker's business: the browser fetches it as usual.
  if (!navigate && index && !index.has(address)) return;
  event.respondWith(answer(event, address, navigate));
});

async function answer(event: FetchEvent, address: string, navigate: boolean): Promise<Response> {
  const { request } = event;
  const network = fetch(request);
  // Online again: bring the copy up to date, after the page is answered.
  event.waitUntil(
    network.then(
      () => (navigate ? checkForUpdates() : undefined),
      () => undefined,
    ),
  );
  const list = await copies().catch(() => []);
  const entry = index?.get(address);
  if (!entry) return navigate ? network.catch(() => notice(list, address)) : network;
  const copy = list.find((c) => c.lang === entry.lang)!;
  const fromCopy = async () => {
    const response = await caches.match(entry.key, { cacheName: CACHE });
    return response && navigate ? withNote(response, copy) : response;
  };
  const slow = new Promise<void>((resolve) => setTimeout(resolve, SLOW_NETWORK_MS)).then(async () => (await fromCopy()) ?? network);
  try {
    return await Promise.race([network, slow]);
  } catch {
    return (await fromCopy()) ?? (navigate ? notice(list, address) : Response.error());
  }
}

/** A page from the copy, with the date of the copy written at the top. */
async function withNote(response: Response, copy: OfflineManifest): Promise<Response> {
  if (!(response.headers.get('Content-Type') ?? '').includes('text/html')) return response;
  const html = withCopyNote(await response.text(), copyNoteHtml(copy));
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

function notice(list: OfflineManifest[], address: string): Response {
  if (list.length === 0) return Response.error();
  return new Response(noticePage(list, address, SCOPE), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
  });
}

async function fetchManifest(lang: string): Promise<OfflineManifest> {
  const response = await fetch(`${SCOPE}offline-${lang}.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`offline-${lang}.json: ${response.status}`);
  return (await response.json()) as OfflineManifest;
}

/** Compares each saved copy with the site's current list, and updates the copies that are behind. */
function checkForUpdates(): Promise<void> {
  checking ??= (async () => {
    try {
      for (const copy of await copies()) {
        if (forgotten) return;
        const latest = await fetchManifest(copy.lang);
        if (latest.version !== copy.version) await save(copy.lang, latest);
      }
    } catch {
      // Offline again, or the site is half-way through a deploy: the next page tries again.
    } finally {
      checking = undefined;
    }
  })();
  return checking;
}

class Forgotten extends Error {
  constructor() {
    super('the saved pages were deleted');
  }
}

function save(lang: string, latest?: OfflineManifest): Promise<{ files: number; bytes: number; builtText: string }> {
  const run = queue.then(() => saveCopy(lang, latest));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Saves one language's copy: downloads the files the saved copy lacks (each
 * checked against its revision, so a half-deployed site is never saved),
 * then stores the new manifest, then deletes what no saved copy lists.
 */
async function saveCopy(lang: string, latest?: OfflineManifest): Promise<{ files: number; bytes: number; builtText: string }> {
  const manifest = latest ?? (await fetchManifest(lang));
  if (forgotten) throw new Forgotten();
  const cache = await caches.open(CACHE);
  const missing = missingEntries(
    manifest,
    SCOPE,
    (await cache.keys()).map((r) => r.url),
  );
  const failures: string[] = [];
  let next = 0;
  const download = async () => {
    while (next < missing.length && !forgotten) {
      const entry = missing[next++];
      await saveFile(cache, entry, manifest.revisions[entry.file] ?? '').catch((error: unknown) => failures.push(`${entry.file}: ${String(error)}`));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, download));
  if (forgotten) throw new Forgotten();
  if (failures.length > 0) throw new Error(`${failures.length} of ${manifest.files.length} files could not be saved (first: ${failures[0]})`);
  const list = [...(await copies()).filter((c) => c.lang !== lang), manifest];
  const state: SavedState = { copies: list };
  await cache.put(stateKey(SCOPE), new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } }));
  remember(list);
  for (const key of unlistedKeys(
    (await cache.keys()).map((r) => r.url),
    list,
    SCOPE,
  )) {
    if (forgotten) break;
    await cache.delete(key);
  }
  return { files: manifest.files.length, bytes: manifest.bytes, builtText: manifest.builtText };
}

async function saveFile(cache: Cache, entry: CopyEntry, revision: string): Promise<void> {
  const response = await fetch(entry.address, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`status ${response.status}`);
  const body = await response.arrayBuffer();
  if ((await revisionOf(body)) !== revision) throw new Error('it changed while saving (a deploy in progress?)');
  if (forgotten) return;
  await cache.put(entry.key, new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
}

/** "Delete": stop any save, then delete this site's cache. The page then unregisters the worker. */
async function forget(): Promise<void> {
  forgotten = true;
  await queue;
  await removeOwnCaches(caches, SCOPE);
  await removeLegacyEntries(caches, SCOPE);
  remember([]);
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  const reply = event.ports[0];
  if (typeof data !== 'object' || data === null || !('type' in data)) return;
  if (data.type === 'save' && 'lang' in data && typeof data.lang === 'string' && /^[a-zA-Z0-9-]+$/.test(data.lang)) {
    forgotten = false;
    event.waitUntil(
      save(data.lang).then(
        (result) => reply?.postMessage({ ok: true, ...result } satisfies SaveReply),
        (error: unknown) => reply?.postMessage({ ok: false, error: String(error) } satisfies SaveReply),
      ),
    );
  } else if (data.type === 'forget') {
    event.waitUntil(forget().then(() => reply?.postMessage({ ok: true })));
  }
});
