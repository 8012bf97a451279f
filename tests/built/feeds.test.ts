/**
 * The Atom feed, the sitemap and robots.txt: well-formed XML with the
 * entries and pages they promise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { builtLanguages, builtPages, DIST, englishPath, isNotFound, pathIn, resolveInDist } from '../helpers/dist.ts';
import { language } from '../../src/i18n/index.ts';

function xml(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIST, file), 'utf8'), 'text/xml') as unknown as Document;
  expect(doc.querySelector('parsererror'), `${file} parses`).toBeNull();
  return doc;
}

describe('/feed.xml', () => {
  const feed = xml('feed.xml');
  const entries = [...feed.querySelectorAll('entry')];

  it('is an Atom feed with a title, self link and an entry per history event', () => {
    expect(feed.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(feed.querySelector('feed > title')?.textContent).toContain('rule changes');
    expect(feed.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toMatch(/\/feed\.xml$/);
    const history = JSON.parse(readFileSync(join(DIST, 'api', 'rules.json'), 'utf8')).rules.length;
    expect(history).toBeGreaterThan(0);
    expect(entries.length).toBeGreaterThanOrEqual(history);
  });

  it('lists the newest change first, with a unique id and a link to the rule’s history', () => {
    const dates = entries.map((e) => e.querySelector('updated')!.textContent!);
    expect([...dates].sort().reverse()).toEqual(dates);
    const ids = entries.map((e) => e.querySelector('id')!.textContent);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) expect(e.querySelector('link')?.getAttribute('href')).toMatch(/\/rules\/[a-z0-9-]+\/#rule-history$/);
  });

  it('is dated by its newest change, not by the build', () => {
    expect(feed.querySelector('feed > updated')?.textContent).toBe(entries[0].querySelector('updated')?.textContent);
  });
});

describe('sitemap', () => {
  it('has an index pointing at a sitemap that lists every page in both languages except the 404s', () => {
    const index = xml('sitemap-index.xml');
    const maps = [...index.querySelectorAll('sitemap > loc')].map((l) => new URL(l.textContent!).pathname.slice(1));
    expect(maps.length).toBeGreaterThan(0);
    const listed = maps.flatMap((m) => [...xml(m).querySelectorAll('url > loc')].map((l) => new URL(l.textContent!).pathname));
    const pages = builtPages()
      .map((p) => p.path)
      .filter((p) => !isNotFound(p));
    expect(listed.sort()).toEqual(pages.sort());
  });

  it('pairs every page with its version in each language that has it, and only those (xhtml:link hreflang)', () => {
    const map = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...map.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    const langs = builtLanguages().concat('en');
    let paired = 0;
    for (const url of urls) {
      const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]).pathname;
      const alternates = [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]).pathname}`);
      const expected = langs
        .map((lang) => ({ lang, path: pathIn(englishPath(loc), lang) }))
        .filter(({ path }) => resolveInDist(path) !== undefined)
        .map(({ lang, path }) => `${language(lang as never).tag} ${path}`);
      // A page in one language only has no alternates at all.
      expect(alternates.sort(), loc).toEqual(expected.length > 1 ? expected.sort() : []);
      if (expected.length > 2) paired++;
    }
    expect(paired, 'pages offered in more than two languages').toBeGreaterThan(0);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
