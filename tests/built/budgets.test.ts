/**
 * Performance budgets, on the built files (gzip -9, as a CDN would send them):
 *   - every page's HTML ≤ 10 kB, except the few long pages listed below;
 *   - all the site's CSS together ≤ 10 kB;
 *   - no JavaScript on content pages except the copy-citation script on rule
 *     pages (≤ 2 kB), checked page by page in pages.test.ts.
 * The first-search budget (≤ 150 kB) is measured in Chromium in
 * tests/browser/search-budget.test.ts. `npm run bench` prints all the numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../helpers/dist.ts';

const KB = 1024;
const HTML_BUDGET = 10 * KB;
const CSS_BUDGET = 10 * KB;

/**
 * Pages over the HTML budget on purpose, each with a ceiling it may not pass.
 * Their text alone, without any markup, is over 10 kB gzip: a whole ordinance
 * or Act explained provision by provision, with its history and sources, on
 * one page so that every provision keeps its permanent #anchor, the page can
 * be searched with Ctrl+F and printed whole. Splitting them would break
 * published links. The timeline lists every dated event on one page.
 * A page that falls under 10 kB must be removed from this list.
 */
const LONG_PAGES: Record<string, number> = {
  '/rules/chicago-welcoming-city/': 23.5 * KB, // 2026-12: 2-173-040(b), the 2020 rules and the copy buttons' own text
  '/es/rules/chicago-welcoming-city/': 26.5 * KB, // 2026-12: carve-out list, 2020 rules, 2-173-040(b), pending COPA proposal
  // Rebuilt on the full 2021 text: every item of the directive (53 anchors) and all five versions.
  '/rules/cpd-s06-14-03/': 20.5 * KB,
  '/es/rules/cpd-s06-14-03/': 22.5 * KB,
  // The whole 2019 directive, Items A to H, and where it differs from the VOICES Act as amended.
  '/rules/cpd-s02-06/': 13.5 * KB,
  '/es/rules/cpd-s02-06/': 15 * KB,
  '/rules/il-trust-act/': 15 * KB, // 2026-12: Prim v. Raoul, the 15(g) scope and the fixed Section 15 list
  '/es/rules/il-trust-act/': 16.5 * KB, // same additions in Spanish
  '/rules/il-pa-104-0440/': 12.5 * KB, // 2026-12: hospital rule from 210 ILCS 85/6.14h and the open filing day of the DOJ suit
  '/es/rules/il-pa-104-0440/': 14 * KB, // same additions in Spanish
  '/rules/il-voices-act/': 11.5 * KB, // 2026-12: official enactment record, T visa note, CPD's business-day deadlines and a section link on each provision
  '/es/rules/il-voices-act/': 12.5 * KB, // 2026-12: the official enactment record and CPD's deadlines, in Spanish
  '/es/rules/il-way-forward-act/': 11.25 * KB, // 2026-12: the appeal entry, the fixed Section 15 list, the "may be out of date" status notice and the translation notice, in Spanish
  '/timeline/': 13.5 * KB,
  '/es/timeline/': 15 * KB,
};

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const pages = builtPages();

describe('HTML budget', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const bytes = gz(page.html);
    const ceiling = LONG_PAGES[path];
    if (ceiling === undefined) {
      expect(bytes, `${path}: ${(bytes / KB).toFixed(1)} kB gzip`).toBeLessThanOrEqual(HTML_BUDGET);
    } else {
      expect(bytes, `${path} is listed as a long page`).toBeGreaterThan(HTML_BUDGET);
      expect(bytes, `${path}: ${(bytes / KB).toFixed(1)} kB gzip`).toBeLessThanOrEqual(ceiling);
    }
  });

  it('lists only pages that exist', () => {
    const paths = new Set(pages.map((p) => p.path));
    expect(Object.keys(LONG_PAGES).filter((p) => !paths.has(p))).toEqual([]);
  });
});

describe('CSS budget', () => {
  it('all stylesheets together are at most 10 kB gzip, and every page uses the same one', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    const total = css.reduce((n, f) => n + gz(readFileSync(join(DIST, '_astro', f))), 0);
    expect(total).toBeLessThanOrEqual(CSS_BUDGET);
    const used = new Set(pages.flatMap((p) => [...p.document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))));
    expect(used.size).toBe(1);
  });
});
