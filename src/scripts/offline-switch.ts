/**
 * Turns offline reading on and off (see public/sw.js and OfflineSwitch.astro).
 * On: registers the service worker and asks it to save this language's pages
 * and search index, then reports what was saved. Off: deletes every saved
 * copy and removes the worker, so nothing of this site stays on the device.
 */
const CACHE = 'site-v1';
const root = document.querySelector<HTMLElement>('[data-offline-switch]');

if (root) {
  const { base = '/', lang = 'en' } = root.dataset;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const deleteButton = root.querySelector<HTMLButtonElement>('[data-offline-delete]')!;
  const msg = (name: string, vars: Record<string, string | number> = {}) =>
    (root.dataset[`msg${name[0].toUpperCase()}${name.slice(1)}`] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const supported = 'serviceWorker' in navigator && 'caches' in window;
  const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

  async function savedFiles(): Promise<number> {
    return (await caches.has(CACHE)) ? (await (await caches.open(CACHE)).keys()).length : 0;
  }

  async function show(message?: string): Promise<void> {
    const registration = await navigator.serviceWorker.getRegistration(base);
    const files = await savedFiles();
    saveButton.hidden = false;
    saveButton.textContent = registration ? msg('update') : (saveButton.dataset.label ?? '');
    deleteButton.hidden = !registration && files === 0;
    if (message) status.textContent = message;
    else if (registration) status.textContent = msg('on', { files });
    else {
      const size = await fetch(`${base}offline-${lang}.json`).then((r) => r.json()).then((m: { bytes: number }) => megabytes(m.bytes), () => '');
      status.textContent = size ? msg('offSize', { mb: size }) : msg('off');
    }
  }

  async function save(): Promise<void> {
    saveButton.disabled = true;
    status.textContent = msg('saving');
    let message = msg('failed');
    try {
      await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
      const worker = (await navigator.serviceWorker.ready).active;
      const result = await new Promise<{ ok: boolean; files?: number; bytes?: number }>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        worker?.postMessage({ type: 'save-all', lang }, [channel.port2]);
      });
      if (result.ok) message = msg('saved', { files: result.files ?? 0, mb: megabytes(result.bytes ?? 0) });
    } finally {
      saveButton.disabled = false;
      await show(message);
    }
  }

  async function remove(): Promise<void> {
    for (const name of await caches.keys()) await caches.delete(name);
    await (await navigator.serviceWorker.getRegistration(base))?.unregister();
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
