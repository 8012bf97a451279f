import { describe, expect, it } from 'vitest';
import { offlineManifest, pageAddress, pageLang, type ManifestOptions } from '../../src/lib/offline-manifest.ts';

const paths = [
  'index.html',
  'rules/il-trust-act/index.html',
  'es/index.html',
  'es/rules/il-trust-act/index.html',
  'fr/index.html',
  '404.html',
  'es/404.html',
  'api/rules.json',
  'feed.xml',
  'sitemap-0.xml',
  '_astro/site.abc.css',
  '_astro/search.def.js',
  'favicon.svg',
  'sw.js',
  'offline-en.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.es.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind.en_0123abcd.pf_meta',
  'pagefind/pagefind.es_4567abcd.pf_meta',
  'pagefind/index/en_aaa1.pf_index',
  'pagefind/index/es_bbb2.pf_index',
  'pagefind/fragment/en_ccc3.pf_fragment',
  'pagefind/fragment/es_ddd4.pf_fragment',
  'pagefind/filter/es_eee5.pf_filter',
];
const files = paths.map((path) => ({ path, bytes: 10, revision: `rev-of-${path}` }));

// Three languages, none of them named in the code under test: the prefixes come from the caller.
const options: ManifestOptions = {
  prefixes: { en: '', es: 'es/', fr: 'fr/' },
  built: '2030-03-04',
  builtText: 'March 4, 2030',
  copyNote: 'Saved copy from {date}.',
  notices: [],
  hash: (text) => `hash(${text.length})`,
};

describe('offlineManifest', () => {
  it('saves the pages of one language, the shared styles and scripts, and that language’s search index', () => {
    const es = offlineManifest(files, 'es', options);
    expect(es.files).toEqual([
      'es/',
      'es/rules/il-trust-act/',
      '_astro/search.def.js',
      '_astro/site.abc.css',
      'favicon.svg',
      'pagefind/filter/es_eee5.pf_filter',
      'pagefind/fragment/es_ddd4.pf_fragment',
      'pagefind/index/es_bbb2.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.es_4567abcd.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.es.pagefind',
    ]);
    expect(es.bytes).toBe(es.files.length * 10);
  });

  it('leaves out the other languages, not-found pages, data files, the worker and the manifests', () => {
    const en = offlineManifest(files, 'en', options);
    expect(en.files.filter((f) => /^(es|fr)\//.test(f) || f.includes('/es_') || f.includes('.es'))).toEqual([]);
    expect(en.files).toContain('');
    expect(en.files.some((f) => /404|api\/|feed|sitemap|sw\.js|offline-|unknown/.test(f))).toBe(false);
    expect(offlineManifest(files, 'fr', options).files.filter((f) => f.endsWith('/') || f === '')).toEqual(['fr/']);
  });

  it('gives each file its revision, by address', () => {
    const en = offlineManifest(files, 'en', options);
    expect(Object.keys(en.revisions)).toEqual(en.files);
    expect(en.revisions['rules/il-trust-act/']).toBe('rev-of-rules/il-trust-act/index.html');
    expect(en.revisions['_astro/site.abc.css']).toBe('rev-of-_astro/site.abc.css');
  });

  it('carries the day of the build and the note in the language, and a version that changes with any file or the build day', () => {
    const hash = (text: string) => text;
    const before = offlineManifest(files, 'en', { ...options, hash });
    expect(before).toMatchObject({ lang: 'en', built: '2030-03-04', builtText: 'March 4, 2030', copyNote: 'Saved copy from {date}.' });
    const changedFile = files.map((f) => (f.path === 'rules/il-trust-act/index.html' ? { ...f, revision: 'new' } : f));
    expect(offlineManifest(changedFile, 'en', { ...options, hash }).version).not.toBe(before.version);
    expect(offlineManifest(files, 'en', { ...options, hash, built: '2030-03-05' }).version).not.toBe(before.version);
    expect(offlineManifest(files, 'en', { ...options, hash }).version).toBe(before.version);
    // A file of another language changing does not make this language's copy out of date... unless the day changes.
    const changedSpanish = files.map((f) => (f.path === 'es/index.html' ? { ...f, revision: 'new' } : f));
    expect(offlineManifest(changedSpanish, 'en', { ...options, hash }).version).toBe(before.version);
  });
});

describe('pageLang', () => {
  it('takes the language with the longest prefix the path starts with', () => {
    const prefixes = { en: '', es: 'es/', fr: 'fr/' };
    expect(pageLang('index.html', prefixes)).toBe('en');
    expect(pageLang('es/rules/x/index.html', prefixes)).toBe('es');
    expect(pageLang('fr/index.html', prefixes)).toBe('fr');
    expect(pageLang('estate/index.html', prefixes)).toBe('en');
    expect(pageLang('x/index.html', { es: 'es/' })).toBeUndefined();
  });
});

describe('pageAddress', () => {
  it('turns a built file into the address a reader opens', () => {
    expect(pageAddress('rules/x/index.html')).toBe('rules/x/');
    expect(pageAddress('index.html')).toBe('');
  });
});
