// @ts-check
/// <reference lib="webworker" />
/**
 * Offline copies of the pages a reader has visited, and of the search index
 * once they have searched. First-party only: it never touches a request to
 * another site, and it never sends anything anywhere.
 *
 * - Every page and file is fetched from the network first, so an online
 *   reader always sees the current text. The copy on the device is used only
 *   when the network fails, or takes longer than a few seconds.
 * - Pages that loaded before this worker was running are saved when the page
 *   asks (src/scripts/offline.ts); after a search, the whole index for that
 *   language is saved (pagefind/offline-<lang>.json lists its files).
 * - An address that was never saved gets a short bilingual offline notice.
 *
 * Registered by src/scripts/offline.ts. The saved copies stay on the device
 * until the browser's site data is cleared; the About page says so.
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
 * The cache key: the address without its query. Every file on this static
 * site is the same whatever the query (search terms live only in the page's
 * address bar and are never stored), and Pagefind adds a changing ?ts= to
 * its entry file.
 */
function keyFor(url) {
  const key = new URL(url);
  key.hash = '';
  key.search = '';
  return key.href;
}

function isOurs(url) {
  return url.origin === sw.location.origin && url.pathname.startsWith(SCOPE);
}

async function save(key, response) {
  if (response.ok && response.type === 'basic') await (await caches.open(CACHE)).put(key, response);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !isOurs(url)) return;
  const key = keyFor(request.url);
  const network = fetch(request).then(async (response) => {
    await save(key, response.clone());
    return response;
  });
  event.waitUntil(network.then(() => undefined, () => undefined));
  event.respondWith(answer(request, key, network));
});

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
  const pages = keys.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/') && u.search === '');
  const items = pages.map((u) => `<li><a href="${u.pathname}">${u.pathname}</a></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline | Sin conexión</title></head><body>
<main><h1>You are offline</h1><p>This page was not saved on this device. These pages were:</p><ul>${items}</ul>
<div lang="es"><h2>No tiene conexión</h2><p>Esta página no se guardó en este dispositivo. Estas páginas sí:</p></div></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

sw.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'save-pages' && Array.isArray(data.urls)) event.waitUntil(saveAll(data.urls));
  if (data.type === 'save-search' && /^[a-z]{2}$/.test(data.lang ?? '')) event.waitUntil(saveSearchIndex(data.lang));
});

/** Saves same-origin addresses that the page loaded before the worker was in control. */
async function saveAll(urls) {
  const ours = urls.map((u) => new URL(u, sw.location.href)).filter(isOurs);
  await Promise.allSettled(
    ours.map(async (url) => {
      const key = keyFor(url);
      if (await caches.match(key)) return;
      await save(key, await fetch(key));
    }),
  );
}

/** Saves every file the search needs in one language, listed by the build. */
async function saveSearchIndex(lang) {
  const list = await fetch(`${SCOPE}pagefind/offline-${lang}.json`).then((r) => r.json());
  await saveAll(list.files.map((f) => `${SCOPE}pagefind/${f}`));
}
