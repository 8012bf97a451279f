/**
 * Offline reading: registers the first-party service worker (public/sw.js),
 * then asks it to save this page and the files it loaded before the worker
 * was running, so a visited page opens again without a connection. Skipped
 * when the browser has no service workers or the reader asked to save data.
 */
const base = import.meta.env.BASE_URL;
const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;

if ('serviceWorker' in navigator && !connection?.saveData) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(async () => {
    const ready = await navigator.serviceWorker.ready;
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    ready.active?.postMessage({ type: 'save-pages', urls: [location.href, ...loaded] });
  }, () => undefined);
}
