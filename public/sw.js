/// <reference lib="webworker" />
/**
 * Offline reading, only for readers who turn it on (the "Save this site on
 * this device" page, src/scripts/offline-switch.ts). Nothing is stored on a
 * device until then, and turning it off deletes everything and removes this
 * worker. First-party only: it never touches a request to another site, and
 * it never sends anything anywhere.
 *
 * - When turned on, it saves every page of the reader's language, the styles
 *   and scripts, and that language's search index, from the list the build
 *   writes (offline-<lang>.json, see src/lib/offline-manifest.ts).
 * - Afterwards every page and file is fetched from the network first, so an
 *   online reader always sees the current text, and the saved copy is
 *   refreshed. The copy is used when the network fails or takes longer than
 *   a few seconds.
 * - Copies are stored under the address without its query: search terms are
 *   never stored.
 * - An address that was never saved gets a short bilingual offline notice.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const CACHE = 'site-v1';
const SCOPE = new URL(sw.registration.scope).pathname;
/** How long to wait for the network before answering from the device. */
const SLOW_NETWORK_MS = 4000;

sw.addEventListener('install', () => {
  sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

/**
 * The cache key: the address without its query or fragment. Every file on
 * this static site is the same whatever the query, and Pagefind adds a
 * changing ?ts= to its entry file.
 * @param {string | URL} url
 */
function keyFor(url) {
  const key = new URL(url);
  key.hash = '';
  key.search = '';
  return key.href;
}

/** @param {URL} url */
function isOurs(url) {
  return url.origin === sw.location.origin && url.pathname.startsWith(SCOPE);
}

/** @param {string} key @param {Response} response */
async function save(key, response) {
  if (response.ok && response.type === 'basic') await (await caches.open(CACHE)).put(key, response);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !isOurs(url)) return;
  const key = keyFor(url);
  const network = fetch(request).then(async (response) => {
    await save(key, response.clone());
    return response;
  });
  event.waitUntil(network.then(() => undefined, () => undefined));
  event.respondWith(answer(request, key, network));
});

/** @param {Request} request @param {string} key @param {Promise<Response>} network */
async function answer(request, key, network) {
  const saved = caches.match(key);
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS)).then(async () => (await saved) ?? network);
  try {
    return await Promise.race([network, slow]);
  } catch {
    const copy = await saved;
    if (copy) return copy;
    if (request.mode === 'navigate') return offlineNotice();
    return Response.error();
  }
}

async function offlineNotice() {
  const keys = await (await caches.open(CACHE)).keys();
  const pages = keys.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/'));
  const items = pages.map((u) => `<li><a href="${u.pathname}">${decodeURIComponent(u.pathname).replace(/[<>&"]/g, '')}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline | Sin conexión</title></head><body><main>
<h1>You are offline</h1><p>This page is not saved on this device. The saved pages are listed below.</p>
<div lang="es"><h2>No tiene conexión</h2><p>Esta página no está guardada en este dispositivo. Abajo están las páginas guardadas.</p></div>
<ul>${items}</ul></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

sw.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const reply = event.ports[0];
  if (data.type === 'save-all' && /^[a-z]{2}$/.test(data.lang ?? '')) {
    event.waitUntil(
      saveAll(data.lang).then(
        (result) => reply?.postMessage({ ok: true, ...result }),
        (error) => reply?.postMessage({ ok: false, error: String(error) }),
      ),
    );
  }
});

/**
 * Saves everything listed for one language; files already saved are fetched
 * again only if they are pages (whose text may have changed).
 * @param {string} lang
 */
async function saveAll(lang) {
  const manifest = await fetch(`${SCOPE}offline-${lang}.json`, { cache: 'no-store' }).then((r) => r.json());
  const cache = await caches.open(CACHE);
  const results = await Promise.allSettled(
    manifest.files.map(async (/** @type {string} */ file) => {
      const key = keyFor(new URL(`${SCOPE}${file}`, sw.location.href));
      const isPage = file === '' || file.endsWith('/');
      if (!isPage && (await cache.match(key))) return;
      const response = await fetch(key);
      if (!response.ok) throw new Error(`${key}: ${response.status}`);
      await save(key, response);
    }),
  );
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) throw new Error(`${failed} of ${manifest.files.length} files could not be saved`);
  return { files: manifest.files.length, bytes: manifest.bytes };
}
