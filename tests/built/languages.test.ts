/**
 * English and Spanish: every page exists in both languages, each names the
 * other as its alternate, the language switch lands on the same page, and a
 * Spanish reader is never sent to an English page without being told.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, isNotFound, isRulePage, langOfPath, otherLanguagePath, pageAt } from '../helpers/dist.ts';

const pages = builtPages().filter((p) => !isNotFound(p.path));
const paths = new Set(pages.map((p) => p.path));

describe('both languages', () => {
  it('has a Spanish page for every English page and an English page for every Spanish one', () => {
    const missing = pages.map((p) => p.path).filter((p) => !paths.has(otherLanguagePath(p)));
    expect(missing).toEqual([]);
    expect(pages.filter((p) => langOfPath(p.path) === 'es').length).toBe(pages.length / 2);
  });

  it('has a not-found page for each language', () => {
    expect(pageAt('/404.html').document.documentElement.getAttribute('lang')).toBe('en');
    expect(pageAt('/es/404.html').document.documentElement.getAttribute('lang')).toBe('es');
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
  const doc = page.document;

  it('names itself and its other-language version as hreflang alternates', () => {
    const alternates = Object.fromEntries(
      [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    const en = langOfPath(path) === 'en' ? path : otherLanguagePath(path);
    expect(alternates).toEqual({ en, es: `/es${en}`, 'x-default': en });
  });

  it('has a language switch that opens the same page in the other language', () => {
    const switchLink = doc.querySelector('a.language-switch');
    expect(switchLink?.getAttribute('href')).toBe(otherLanguagePath(path));
    expect(switchLink?.getAttribute('hreflang')).toBe(langOfPath(otherLanguagePath(path)));
  });

  if (langOfPath(path) === 'es' && !path.endsWith('404.html')) {
    it('says, in its footer, that the English text of the law is what counts', () => {
      expect(doc.querySelector('body > footer')?.textContent).toContain('en caso de duda cuenta el texto en inglés');
    });
  }

  if (langOfPath(path) === 'es') {
    it('keeps a Spanish reader in Spanish: internal links go to /es/ pages unless marked as English', () => {
      const english = [...doc.querySelectorAll('a[href^="/"]')]
        .filter((a) => !a.getAttribute('href')!.startsWith('/es/'))
        // Data files (feed, JSON) are language-neutral; an English page is allowed when the link says so.
        .filter((a) => !/\.(xml|json)$/.test(a.getAttribute('href')!.split('#')[0]) && a.getAttribute('hreflang') !== 'en')
        .map((a) => a.getAttribute('href'));
      expect(english).toEqual([]);
    });
  }

  if (isRulePage(path) && langOfPath(path) === 'es') {
    it('has exactly the provision anchors of the English page, so a pinpoint link works in both languages', () => {
      const ids = (p: string) => [...pageAt(p).document.querySelectorAll('main [data-anchor]')].map((e) => e.getAttribute('data-anchor'));
      const english = ids(otherLanguagePath(path));
      expect(ids(path)).toEqual(english);
    });

    it('says that the English text of the law is what controls', () => {
      expect(doc.querySelector('main .translation-notice')?.textContent).toContain('Para la ley, lo que cuenta es el texto en inglés');
    });
  }
});
