/**
 * Turns offline reading on and off (see src/service-worker/sw.ts and
 * OfflineSwitch.astro). On: registers the service worker and asks it to save
 * this language's pages and search index, then reports what was saved and
 * the date of the copy. Off: tells the worker to stop, removes it, and
 * deletes this site's saved copy, and only this site's: other sites on the
 * same origin (GitHub Pages project sites) keep their workers and caches.
 */
import { readCopies, removeLegacyEntries, removeOwnCaches, type SaveReply } from '../lib/offline-copy.ts';
import type { OfflineManifest } from '../lib/offline-manifest.ts';

/** How long "Delete" waits for the worker to confirm it stopped saving, before deleting anyway. */
const FORGET_PATIENCE_MS = 5000;

const root = document.querySelector<HTMLElement>('[data-offline-switch]');

if (root) {
  const { base = '/', lang = '' } = root.dataset;
  const scope = new URL(base, location.href).href;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const deleteButton = root.querySelector<HTMLButtonElement>('[data-offline-delete]')!;
  const msg = (name: string, vars: Record<string, string | number> = {}) =>
    (root.dataset[`msg${name[0].toUpperCase()}${name.slice(1)}`] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const supported = 'serviceWorker' in navigator && 'caches' in window;
  const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

  /** This site's registration; never the worker of another site whose scope contains this one. */
  async function ownRegistration(): Promise<ServiceWorkerRegistration | undefined> {
    const registration = await navigator.serviceWorker.getRegistration(base);
    return registration?.scope === scope ? registration : undefined;
  }

  function ask<T>(worker: ServiceWorker, message: object, patienceMs?: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data as T);
      worker.postMessage(message, [channel.port2]);
      if (patienceMs) setTimeout(() => reject(new Error('the service worker did not answer')), patienceMs);
    });
  }

  async function show(message?: string): Promise<void> {
    const registration = await ownRegistration();
    const copies = await readCopies(caches, scope);
    const mine = copies.find((c) => c.lang === lang);
    saveButton.hidden = false;
    saveButton.textContent = mine ? msg('update') : (saveButton.dataset.label ?? '');
    deleteButton.hidden = !registration && copies.length === 0;
    if (message) status.textContent = message;
    else if (mine) status.textContent = msg('on', { files: mine.files.length, date: mine.builtText });
    else {
      const size = await fetch(`${base}offline-${lang}.json`)
        .then((r) => r.json())
        .then(
          (m: OfflineManifest) => megabytes(m.bytes),
          () => '',
        );
      if (!size) status.textContent = msg('off');
      else status.textContent = copies.length > 0 ? msg('otherLang', { mb: size }) : msg('offSize', { mb: size });
    }
  }

  async function save(): Promise<void> {
    saveButton.disabled = true;
    status.textContent = msg('saving');
    let message = msg('failed');
    try {
      await navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker) {
        const result = await ask<SaveReply>(worker, { type: 'save', lang });
        if (result.ok) message = msg('saved', { files: result.files, mb: megabytes(result.bytes), date: result.builtText });
      }
    } catch {
      // The message says it failed; pressing Save again retries.
    } finally {
      saveButton.disabled = false;
      await show(message);
    }
  }

  async function remove(): Promise<void> {
    deleteButton.disabled = true;
    try {
      const registration = await ownRegistration();
      // First stop any save in progress, so nothing is written after the copy is deleted.
      if (registration?.active) await ask(registration.active, { type: 'forget' }, FORGET_PATIENCE_MS).catch(() => undefined);
      await registration?.unregister();
      await removeOwnCaches(caches, scope);
      await removeLegacyEntries(caches, scope);
    } finally {
      deleteButton.disabled = false;
    }
    await show(msg('deleted'));
  }

  if (!supported) status.textContent = msg('unsupported');
  else {
    saveButton.dataset.label = saveButton.textContent ?? '';
    saveButton.addEventListener('click', () => void save());
    deleteButton.addEventListener('click', () => void remove());
    void show();
  }
}
