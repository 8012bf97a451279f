/**
 * Every language of the site: each translated page has its English page;
 * the full languages (Spanish) have every page, the core languages the
 * resident pages; each page names exactly the languages it exists in as
 * alternates and offers only those in the language switch; a reader is never
 * sent to a page in another language without being told; a translated page
 * says it is a translation; and provision anchors are the same everywhere.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, FULL_LANGS, LANGS, t } from '../../src/i18n/index.ts';
import { builtLanguages, builtPages, englishPath, isNotFound, isRulePage, langOfPath, pageAt, pathIn } from '../helpers/dist.ts';

const pages = builtPages().filter((p) => !isNotFound(p.path));
const paths = new Set(pages.map((p) => p.path));
const languagesOf = (path: string) => LANGS.filter((l) => paths.has(pathIn(path, l)));
/** The pages every language has: the home page, rights, help, offline reading, the card, the guides list and search. */
const CORE = ['/', '/rights/', '/help/', '/offline/', '/card/', '/guides/', '/search/'];

describe('the languages of the site', () => {
  it('are built, each under its own prefix', () => {
    expect(builtLanguages()).toEqual(LANGS.filter((l) => l !== DEFAULT_LANG).sort());
  });

  it('have an English page for every translated page', () => {
    const orphans = pages.map((p) => p.path).filter((p) => langOfPath(p) !== DEFAULT_LANG && !paths.has(englishPath(p)));
    expect(orphans).toEqual([]);
  });

  it.each(FULL_LANGS.filter((l) => l !== DEFAULT_LANG))('%s has every English page', (lang) => {
    const missing = pages.map((p) => p.path).filter((p) => langOfPath(p) === DEFAULT_LANG && !paths.has(pathIn(p, lang)));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('%s has the pages a resident needs', (lang) => {
    expect(CORE.filter((p) => !paths.has(pathIn(p, lang)))).toEqual([]);
  });

  it.each(LANGS)('%s has its own not-found page', (lang) => {
    const path = lang === DEFAULT_LANG ? '/404.html' : `/${lang}/404.html`;
    expect(pageAt(path).document.documentElement.getAttribute('lang')).toBe(lang);
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
  const doc = page.document;
  const lang = langOfPath(path);
  const available = languagesOf(path);

  it('names exactly the languages it exists in as hreflang alternates', () => {
    const alternates = Object.fromEntries(
      [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    const expected = Object.fromEntries(available.map((l) => [l, pathIn(path, l)]));
    expect(alternates).toEqual({ ...expected, 'x-default': englishPath(path) });
  });

  it('offers exactly the other languages it exists in, each opening the same page', () => {
    const links = [...doc.querySelectorAll('a.language-switch')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
    expect(Object.fromEntries(links)).toEqual(Object.fromEntries(available.filter((l) => l !== lang).map((l) => [l, pathIn(path, l)])));
  });

  if (lang !== DEFAULT_LANG) {
    it('says, in its footer and in its language, that the English text of the law is what counts', () => {
      expect(doc.querySelector('body > footer')?.textContent).toContain(t(lang, 'footer.englishControls'));
    });

    it('keeps its reader in their language: a link to another language says so (hreflang)', () => {
      const elsewhere = [...doc.querySelectorAll('a[href^="/"]')]
        .filter((a) => langOfPath(a.getAttribute('href')!) !== lang)
        // Data files (feed, JSON) have no language; a page in another language is allowed when the link says so.
        .filter((a) => !/\.(xml|json)$/.test(a.getAttribute('href')!.split('#')[0]) && !a.getAttribute('hreflang'))
        .map((a) => a.getAttribute('href'));
      expect(elsewhere).toEqual([]);
    });

    if (!/^\/(search|guides|rules|cite|crosswalk|glossary|timeline)\/$/.test(englishPath(path)) && englishPath(path) !== '/404.html') {
      it('says it is a translation that no qualified translator has reviewed yet, and links the English page', () => {
        const notice = doc.querySelector('.translation-notice');
        expect(notice?.textContent).toContain(t(lang, 'translation.unreviewed'));
        expect(notice?.querySelector(`a[hreflang="${DEFAULT_LANG}"]`)?.getAttribute('href')).toBe(englishPath(path));
      });
    }
  }

  if (isRulePage(path) && lang !== DEFAULT_LANG) {
    it('has exactly the provision anchors of the English page, so a pinpoint link works in every language', () => {
      const ids = (p: string) => [...pageAt(p).document.querySelectorAll('main [data-anchor]')].map((e) => e.getAttribute('data-anchor'));
      expect(ids(path)).toEqual(ids(englishPath(path)));
    });
  }
});
