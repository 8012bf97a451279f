import { describe, expect, it } from 'vitest';
import { offlineManifest, pageAddress } from '../../src/lib/offline-manifest.ts';

const files = [
  'index.html',
  'rules/il-trust-act/index.html',
  'es/index.html',
  'es/rules/il-trust-act/index.html',
  '404.html',
  'es/404.html',
  'api/rules.json',
  'feed.xml',
  'sitemap-0.xml',
  '_astro/site.abc.css',
  '_astro/search.def.js',
  'favicon.svg',
  'sw.js',
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
].map((path) => ({ path, bytes: 10 }));

describe('offlineManifest', () => {
  it('saves the pages of one language, the shared styles and scripts, and that language’s search index', () => {
    const es = offlineManifest(files, 'es');
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

  it('leaves out the other language, not-found pages and data files', () => {
    const en = offlineManifest(files, 'en');
    expect(en.files.filter((f) => f.startsWith('es/') || f.includes('/es_') || f.includes('.es'))).toEqual([]);
    expect(en.files).toContain('');
    expect(en.files.some((f) => /404|api\/|feed|sitemap|sw\.js|unknown/.test(f))).toBe(false);
  });
});

describe('pageAddress', () => {
  it('turns a built file into the address a reader opens', () => {
    expect(pageAddress('rules/x/index.html')).toBe('rules/x/');
    expect(pageAddress('index.html')).toBe('');
  });
});
