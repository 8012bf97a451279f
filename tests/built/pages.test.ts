/**
 * Every built page: the basics a reader, a screen reader, a search engine and a
 * link preview rely on.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, builtPages, englishPath, isNotFound, isRulePage, langOfPath, pathIn } from '../helpers/dist.ts';
import { language, t } from '../../src/i18n/index.ts';

const pages = builtPages();

/** The script files a page loads (null for an inline script, which must never happen). */
function scriptsOf(doc: Document): (string | null)[] {
  return [...doc.querySelectorAll('script, link[rel="modulepreload"]')].map((s) => s.getAttribute('src') ?? s.getAttribute('href'));
}
const gzipBytes = (files: (string | null)[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f!))).length, 0);
describe('the built site', () => {
  it('has the pages a reader expects', () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/', '/rules/', '/rules/il-trust-act/', '/search/', '/about/', '/help/', '/rights/', '/guides/', '/404.html']),
    );
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('page %s', (_path, page) => {
  const doc = page.document;

  it('declares its language and writing direction: each language under its prefix, English elsewhere', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe(langOfPath(page.path));
    expect(doc.documentElement.getAttribute('dir')).toBe(language(langOfPath(page.path)).dir);
  });

  it('has exactly one h1', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('h1')?.textContent?.trim()).not.toBe('');
  });

  it('has a title and a meta description', () => {
    expect(doc.querySelector('title')?.textContent?.trim().length).toBeGreaterThan(5);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length).toBeGreaterThan(20);
  });

  it('has an absolute canonical link to itself (the 404 page instead asks not to be indexed)', () => {
    const canonical = doc.querySelector('link[rel="canonical"]');
    if (isNotFound(page.path)) {
      expect(canonical).toBeNull();
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    } else {
      expect(new URL(canonical?.getAttribute('href') ?? '').pathname).toBe(page.path);
    }
  });

  it('previews well when shared: Open Graph and Twitter title, description and URL', () => {
    if (isNotFound(page.path)) return expect(doc.querySelector('meta[property^="og:"]')).toBeNull();
    const og = (p: string) => doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
    expect(og('title')?.length).toBeGreaterThan(3);
    expect(og('description')).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(og('url')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(og('type')).toBe(isRulePage(page.path) || /^\/guides\/[^/]+\/$/.test(englishPath(page.path)) ? 'article' : 'website');
    expect(og('locale')).toBe(language(langOfPath(page.path)).tag.replace('-', '_'));
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  });

  it('has no duplicate ids', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('loads nothing from other websites', () => {
    const refs = [
      ...doc.querySelectorAll(
        'script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe[src], source[src], video[src], audio[src]',
      ),
    ].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
    expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
  });

  it('sends no referrer when a reader follows a link to another site', () => {
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    const external = [...doc.querySelectorAll('a[href^="http"]')];
    expect(external.filter((a) => !(a.getAttribute('rel') ?? '').includes('noreferrer')).map((a) => a.getAttribute('href'))).toEqual([]);
  });

  it('ships JavaScript only where a feature needs it, never inline', () => {
    const scripts = scriptsOf(doc);
    expect(scripts.filter((s) => s === null)).toEqual([]);
    // The scripts' interface text comes as JSON in an attribute, only where there is a script to read it.
    const text = doc.body.getAttribute('data-ui-strings');
    if (text !== null) expect(Object.keys(JSON.parse(text)).length).toBeGreaterThan(0);
    if (scripts.length === 0) expect(text).toBeNull();
    const path = englishPath(page.path);
    if (['/search/', '/rules/', '/cite/', '/offline/'].includes(path)) {
      expect(scripts.length).toBeGreaterThan(0);
    } else if (isRulePage(page.path)) {
      // Rule pages: only the copy-citation enhancement, within 2 kB gzip.
      expect(gzipBytes(scripts)).toBeLessThanOrEqual(2048);
    } else if (path === '/card/') {
      // The card page: only its Print buttons (src/scripts/card-print.ts), one file within 1 kB gzip.
      expect(scripts).toHaveLength(1);
      expect(gzipBytes(scripts)).toBeLessThanOrEqual(1024);
    } else {
      expect(scripts).toEqual([]);
    }
  });

  it('says, in its own language, that it is information, not legal advice, and links to where to get help', () => {
    const footer = doc.querySelector('body > footer')?.textContent ?? '';
    const lang = langOfPath(page.path);
    expect(footer).toContain(t(lang, 'footer.notAdvice'));
    expect(doc.querySelector(`body > footer a[href="${pathIn('/help/', lang)}"]`)).not.toBeNull();
  });
});
