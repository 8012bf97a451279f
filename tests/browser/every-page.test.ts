/**
 * Every built page, loaded once in Chromium under the site's real headers,
 * and checked three ways on that one load:
 *   - accessibility: axe-core against WCAG 2.2 A and AA and axe's best
 *     practices, zero violations allowed;
 *   - reflow: at 320 px wide (400% zoom) nothing needs sideways scrolling;
 *   - privacy, once the network is idle: nothing reached another origin, no
 *     cookie is set, nothing is written to any storage, nothing is logged as
 *     an error or a warning (a Content-Security-Policy violation is logged as
 *     an error).
 * One describe per page, so no test's timeout grows with the size of the site.
 * Every language's pages are among them (builtPages() reads dist/ itself).
 * Also the pages whose markup exists only after a query: a search with
 * results in each language of the site (its first sample word, from its
 * language file), and a citation lookup that goes on to its provision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/index.ts';
import { searchWords } from '../../src/i18n/search-words.ts';
import { STATE_WAIT, sharedSession } from '../helpers/browser.ts';
import { DIST, builtLanguages, builtPages, langOfPath } from '../helpers/dist.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const browser = sharedSession();

/** Every address the sitemap lists (what a crawler, or a reader following links, reaches). */
function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return maps.flatMap((m) =>
    [...readFileSync(join(DIST, m), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((u) => new URL(u[1]).pathname + new URL(u[1]).search),
  );
}

interface Visit {
  page: Page;
  status: number | undefined;
  /** Requests to any other origin. */
  foreign: string[];
  /** Console errors and warnings, and uncaught exceptions. */
  errors: string[];
}

/** Opens `path` in a new tab, recording every request elsewhere and every error from then on. */
async function visit(path: string, until: 'load' | 'networkidle' = 'networkidle'): Promise<Visit> {
  const { context, origin } = browser();
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${origin}${path}`, { waitUntil: until });
  return { page, status: response?.status(), foreign, errors };
}

/** What the page left on the device: storage of every kind, service workers, cookies. */
async function leftBehind(page: Page) {
  const used = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    cookie: document.cookie,
  }));
  return { ...used, cookies: (await page.context().cookies()).length };
}
const NOTHING = { local: 0, session: 0, idb: 0, caches: 0, workers: 0, cookie: '', cookies: 0 };

/**
 * axe's violations on the page as it is. Legacy mode runs axe.run() in the page itself, where the default opens a
 * blank tab per page to finish the run (it exists to test cross-origin frames; the site has none, and loads
 * nothing from another origin). resultTypes: every violation in full, only one example of what passed. Together
 * they make each run about three times faster, and find the same violations (see "the accessibility check").
 */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Elements wider than a 320 px screen (a data table may scroll inside its own region, .table-scroll; the page may not). */
async function overflowAt320(page: Page): Promise<{ wide: string[]; scrollWidth: number }> {
  await page.setViewportSize({ width: 320, height: 640 });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.parentElement?.closest('.table-scroll'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 50)}`);
    return { wide, scrollWidth: document.documentElement.scrollWidth };
  });
}

const pages = builtPages().map((p) => p.path);

describe('the crawl', () => {
  it('covers the whole site: every page in dist/, every address in the sitemap among them', () => {
    expect(pages.length).toBeGreaterThan(80);
    expect(sitemapPaths().filter((p) => !pages.includes(p))).toEqual([]);
  });

  it('covers every language of the site, each with its home page, its search page and its 404', () => {
    expect(builtLanguages()).toEqual(LANGS.filter((l) => l !== DEFAULT_LANG).sort());
    for (const lang of LANGS) {
      const prefix = lang === DEFAULT_LANG ? '/' : `/${lang}/`;
      expect(pages, lang).toEqual(expect.arrayContaining([prefix, `${prefix}search/`, `${prefix}404.html`]));
      expect(pages.filter((p) => langOfPath(p) === lang).length, lang).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('the accessibility check', () => {
  it('sees a violation: an image without a text alternative, a link without a name', async () => {
    const page = await browser().context.newPage();
    await page.route(`${browser().origin}/about/`, async (route) => {
      const body = (await (await route.fetch()).text()).replace('</main>', '<img src="/favicon.svg"><a href="/"></a></main>');
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    await page.goto(`${browser().origin}/about/`);
    expect((await violations(page)).map((v) => v.split(' ')[0]).sort()).toEqual(['image-alt', 'link-name']);
    await page.close();
  });
});

describe('the privacy check', () => {
  it('sees a page that reaches for another site', async () => {
    const { context, origin } = browser();
    await context.route(`${origin}/data/`, async (route) => {
      const body = (await (await route.fetch()).text()).replace('</main>', '<img alt="" src="https://example.org/pixel.png"></main>');
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    try {
      const v = await visit('/data/');
      // The Content-Security-Policy blocks the request and says so in the console.
      expect([...v.foreign, ...v.errors].join('\n')).toMatch(/example\.org/);
      await v.page.close();
    } finally {
      await context.unroute(`${origin}/data/`);
    }
  });
});

describe.each(pages.map((p) => [p]))('%s', (path) => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit(path, 'load');
  });
  afterAll(async () => {
    await v?.page.close();
  });

  it('has no axe violations', async () => {
    expect(await violations(v.page)).toEqual([]);
  });

  it('reflows to a 320 px wide screen (400% zoom) without sideways scrolling', async () => {
    const { wide, scrollWidth } = await overflowAt320(v.page);
    expect(wide).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  // Last, so that it also sees whatever the page did while the other checks ran (at 390 px, then at 320 px).
  it('loads, asks nothing of another site, stores nothing and logs no error', async () => {
    await v.page.waitForLoadState('networkidle');
    expect(v.status).toBe(200);
    expect(v.foreign).toEqual([]);
    expect(v.errors).toEqual([]);
    expect(await leftBehind(v.page)).toEqual(NOTHING);
  });
});

const searchResults = (page: Page) => expect.poll(() => page.locator('#search-results li').count(), STATE_WAIT).toBeGreaterThan(0);
/** A search in each language, for its first sample word (the words the search budget test measures). */
const searches = LANGS.map(
  (lang) => [`${lang === DEFAULT_LANG ? '' : `/${lang}`}/search/?q=${encodeURIComponent(searchWords(lang).samples[0])}`, searchResults] as const,
);

describe.each([
  ...searches,
  // The lookup goes on to the provision.
  ['/cite/?q=805%2F15(e)', (page: Page) => page.waitForURL((u) => u.pathname === '/rules/il-trust-act/' && u.hash === '#15-e', STATE_WAIT)],
] as const)('%s, with its answer shown', (path, answered) => {
  it('asks nothing of another site, stores nothing, logs no error, and has no axe violations', async () => {
    const v = await visit(path);
    await answered(v.page);
    expect(v.status).toBe(200);
    expect(v.foreign).toEqual([]);
    expect(v.errors).toEqual([]);
    expect(await leftBehind(v.page)).toEqual(NOTHING);
    expect(await violations(v.page)).toEqual([]);
    await v.page.close();
  });
});
