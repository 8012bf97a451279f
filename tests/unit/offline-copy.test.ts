/**
 * The pure rules of the saved copy (src/lib/offline-copy.ts): whose cache is
 * whose on a shared origin, what a deploy adds and removes, and the HTML the
 * worker writes. The browser test (tests/browser/offline.test.ts) runs the
 * same code in Chromium.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  COPY_MARKER,
  LEGACY_CACHE,
  cacheName,
  copyNoteHtml,
  entryKey,
  indexCopies,
  isOwnCache,
  langOfAddress,
  missingEntries,
  noticePage,
  readCopies,
  removeLegacyEntries,
  removeOwnCaches,
  revisionOf,
  stateKey,
  unlistedKeys,
  withCopyNote,
} from '../../src/lib/offline-copy.ts';
import type { OfflineManifest } from '../../src/lib/offline-manifest.ts';

const SCOPE = 'https://owner.github.io/repo/';
const notices = [
  { lang: 'en', home: '', title: 'You are offline', text: 'Not saved.' },
  { lang: 'es', home: 'es/', title: 'No tiene conexión', text: 'No está guardada.' },
  { lang: 'fr', home: 'fr/', title: 'Hors ligne', text: 'Pas enregistrée.' },
];

function manifest(lang: string, revisions: Record<string, string>, built = '2030-03-04'): OfflineManifest {
  return {
    lang,
    version: `${lang}-${built}-${JSON.stringify(revisions)}`,
    built,
    builtText: `day ${built}`,
    files: Object.keys(revisions),
    revisions,
    bytes: 0,
    copyNote: 'Saved copy from {date}. <b>not markup</b>',
    notices,
  };
}

describe('cache names (Workbox’s rule: a prefix and the registration scope)', () => {
  it('names this site’s cache after its scope', () => {
    expect(cacheName(SCOPE)).toBe('offline-copy-v2-https://owner.github.io/repo/');
  });

  it('tells this site’s caches from every other site’s on the same origin', () => {
    expect(isOwnCache(cacheName(SCOPE), SCOPE)).toBe(true);
    expect(isOwnCache('offline-copy-v1-https://owner.github.io/repo/', SCOPE)).toBe(true);
    // The site at the root of the origin, a sibling project site, and a nested one are not ours, nor are theirs ours.
    expect(isOwnCache(cacheName('https://owner.github.io/'), SCOPE)).toBe(false);
    expect(isOwnCache(cacheName('https://owner.github.io/other/'), SCOPE)).toBe(false);
    expect(isOwnCache(cacheName('https://owner.github.io/repo/nested/'), SCOPE)).toBe(false);
    expect(isOwnCache(cacheName(SCOPE), 'https://owner.github.io/')).toBe(false);
    expect(isOwnCache('workbox-precache-v2-https://owner.github.io/repo/', SCOPE)).toBe(false);
    expect(isOwnCache(LEGACY_CACHE, SCOPE)).toBe(false);
  });
});

describe('two deploys in a row', () => {
  const first = manifest('en', { '': 'a1', 'rules/x/': 'b1', 'rules/gone/': 'c1', '_astro/site.111.css': 's1' });
  const second = manifest('en', { '': 'a1', 'rules/x/': 'b2', 'rules/new/': 'd1', '_astro/site.222.css': 's2' }, '2030-05-06');
  const savedFirst = [stateKey(SCOPE), ...first.files.map((f) => entryKey(SCOPE, f, first.revisions[f]))];

  it('fetches only what the saved copy lacks', () => {
    expect(missingEntries(second, SCOPE, savedFirst).map((e) => e.file)).toEqual(['rules/x/', 'rules/new/', '_astro/site.222.css']);
    expect(missingEntries(first, SCOPE, savedFirst)).toEqual([]);
  });

  it('then deletes everything the new copy does not list, and keeps the record of what is saved', () => {
    const afterDownload = [...savedFirst, ...missingEntries(second, SCOPE, savedFirst).map((e) => e.key)];
    const gone = unlistedKeys(afterDownload, [second], SCOPE);
    expect(gone.sort()).toEqual([entryKey(SCOPE, 'rules/x/', 'b1'), entryKey(SCOPE, 'rules/gone/', 'c1'), entryKey(SCOPE, '_astro/site.111.css', 's1')].sort());
    expect(gone).not.toContain(stateKey(SCOPE));
  });

  it('keeps what another saved language still lists', () => {
    const spanish = manifest('es', { 'es/': 'e1', '_astro/site.111.css': 's1' });
    const keys = [...savedFirst, entryKey(SCOPE, 'es/', 'e1')];
    expect(unlistedKeys(keys, [second, spanish], SCOPE)).not.toContain(entryKey(SCOPE, '_astro/site.111.css', 's1'));
  });

  it('keys files by address and revision, never by a query the reader typed', () => {
    expect(entryKey(SCOPE, 'search/', 'f00')).toBe('https://owner.github.io/repo/search/?offline-rev=f00');
    const index = indexCopies([second], SCOPE);
    expect(index.get('https://owner.github.io/repo/rules/x/')).toMatchObject({ key: entryKey(SCOPE, 'rules/x/', 'b2'), lang: 'en' });
    expect(index.get(SCOPE)?.file).toBe('');
    expect(index.has('https://owner.github.io/repo/rules/gone/')).toBe(false);
  });
});

describe('revisionOf', () => {
  it('is the first 16 hex digits of the SHA-256 of the bytes, as in the build', async () => {
    const bytes = new TextEncoder().encode('<p>TRUST Act</p>');
    expect(await revisionOf(bytes)).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
    expect(await revisionOf('<p>TRUST Act</p>')).toBe(await revisionOf(bytes));
  });
});

describe('the date of the copy on a page', () => {
  const copy = manifest('en', {});

  it('is a note with a machine-readable date, and the text escaped', () => {
    const note = copyNoteHtml(copy);
    expect(note).toMatch(/^<p class="[^"]*" role="note" data-offline-copy>Saved copy from <time datetime="2030-03-04">day 2030-03-04<\/time>\./);
    expect(note).toContain('&#60;b&#62;not markup&#60;/b&#62;');
  });

  it('goes where the layout’s marker is, else at the start of <main> or <body>', () => {
    expect(withCopyNote(`<main id="m">${COPY_MARKER}<h1>T</h1></main>`, 'NOTE')).toBe('<main id="m">NOTE<h1>T</h1></main>');
    expect(withCopyNote('<body><main class="x"><h1>T</h1>', 'NOTE')).toBe('<body><main class="x">NOTE<h1>T</h1>');
    expect(withCopyNote('<body class="y"><h1>T</h1>', 'NOTE')).toBe('<body class="y">NOTE<h1>T</h1>');
  });
});

describe('the notice for an address that is not saved', () => {
  const english = manifest('en', { '': 'a', 'rules/x/': 'b', '_astro/s.css': 'c' });

  it('finds the language of an address from the homes of the languages', () => {
    expect(langOfAddress(`${SCOPE}es/rules/x/`, SCOPE, notices)).toBe('es');
    expect(langOfAddress(`${SCOPE}rules/x/`, SCOPE, notices)).toBe('en');
    expect(langOfAddress('https://owner.github.io/other/', SCOPE, notices)).toBeUndefined();
  });

  it('speaks the language of the copy and of the address, and lists the saved pages', () => {
    const html = noticePage([english], `${SCOPE}fr/rules/x/`, SCOPE);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<section lang="en"><h1>You are offline</h1>');
    expect(html).toContain('<section lang="fr"><h2>Hors ligne</h2>');
    expect(html).not.toContain('No tiene conexión');
    expect(html).toContain('<a href="/repo/rules/x/">/repo/rules/x/</a>');
    expect(html).not.toContain('s.css');
  });
});

/** A Cache Storage in memory, enough for the helpers: records every cache it creates. */
function fakeStorage(initial: Record<string, string[]>) {
  const stores = new Map(Object.entries(initial).map(([name, urls]) => [name, new Map(urls.map((u) => [u, new Response(u)]))]));
  const created: string[] = [];
  const cacheOf = (store: Map<string, Response>) =>
    ({
      keys: async () => [...store.keys()].map((u) => new Request(u)),
      delete: async (r: Request | string) => store.delete(typeof r === 'string' ? r : r.url),
    }) as unknown as Cache;
  const storage = {
    keys: async () => [...stores.keys()],
    has: async (name: string) => stores.has(name),
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      if (!stores.has(name)) {
        created.push(name);
        stores.set(name, new Map());
      }
      return cacheOf(stores.get(name)!);
    },
    match: async (url: string, options?: { cacheName?: string }) =>
      stores
        .get(options?.cacheName ?? '')
        ?.get(url)
        ?.clone(),
  } as unknown as CacheStorage;
  return { storage, stores, created };
}

describe('touching the Cache Storage of a shared origin', () => {
  const sibling = cacheName('https://owner.github.io/other/');

  it('"Delete" removes this site’s caches and leaves every other cache', async () => {
    const { storage, stores } = fakeStorage({ [cacheName(SCOPE)]: [], 'offline-copy-v1-https://owner.github.io/repo/': [], [sibling]: [], 'someone-else': [] });
    await removeOwnCaches(storage, SCOPE);
    expect([...stores.keys()]).toEqual([sibling, 'someone-else']);
  });

  it('activation removes older formats of this site’s cache, not the current one', async () => {
    const { storage, stores } = fakeStorage({ [cacheName(SCOPE)]: [], 'offline-copy-v1-https://owner.github.io/repo/': [] });
    await removeOwnCaches(storage, SCOPE, cacheName(SCOPE));
    expect([...stores.keys()]).toEqual([cacheName(SCOPE)]);
  });

  it('takes this site’s entries out of the first worker’s shared cache, and deletes it once empty', async () => {
    const { storage, stores } = fakeStorage({ [LEGACY_CACHE]: [`${SCOPE}rules/x/`, 'https://owner.github.io/other/'] });
    await removeLegacyEntries(storage, SCOPE);
    expect([...stores.get(LEGACY_CACHE)!.keys()]).toEqual(['https://owner.github.io/other/']);
    const only = fakeStorage({ [LEGACY_CACHE]: [`${SCOPE}rules/x/`] });
    await removeLegacyEntries(only.storage, SCOPE);
    expect([...only.stores.keys()]).toEqual([]);
  });

  it('reads what is saved without creating a cache', async () => {
    const { storage, created } = fakeStorage({});
    expect(await readCopies(storage, SCOPE)).toEqual([]);
    await removeLegacyEntries(storage, SCOPE);
    await removeOwnCaches(storage, SCOPE);
    expect(created).toEqual([]);
  });
});
