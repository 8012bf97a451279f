/**
 * What a reader's browser downloads to search: the request log of a real
 * Chromium session, sized as a CDN would send it (gzip -9 for text; Pagefind's
 * index files are already compressed and counted as they are). Used by the
 * search budget test and by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Session } from './browser.ts';

export interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
  files: string[];
}

const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

function sum(list: { url: string; raw: number; gzip: number }[]): Transfer {
  return { requests: list.length, raw: list.reduce((n, r) => n + r.raw, 0), gzip: list.reduce((n, r) => n + r.gzip, 0), files: list.map((r) => r.url) };
}

/** Opens the search page, then runs each query in turn; returns the page load and each search's own downloads. */
export async function measureSearch(
  session: Session,
  dist: string,
  queries: string[],
  lang = 'en',
): Promise<{ page: Transfer; searches: (Transfer & { query: string; results: number })[] }> {
  const page = await session.context.newPage();
  const log: { url: string; raw: number; gzip: number }[] = [];
  page.on('requestfinished', (req) => {
    const url = new URL(req.url());
    const file = join(dist, decodeURIComponent(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname));
    if (!existsSync(file)) return;
    const buf = readFileSync(file);
    log.push({ url: url.pathname, raw: buf.length, gzip: PRECOMPRESSED.test(url.pathname) ? buf.length : gzipSync(buf, { level: 9 }).length });
  });
  await page.goto(`${session.origin}${lang === 'en' ? '' : `/${lang}`}/search/`);
  await page.waitForLoadState('networkidle');
  const pageLoad = sum(log.splice(0));
  const searches: (Transfer & { query: string; results: number })[] = [];
  for (const query of queries) {
    await page.locator('input[name="q"]').fill(query);
    await page.keyboard.press('Enter');
    // Done when the status says something other than "Searching…" (in the page's language, from its interface text).
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const searching = (JSON.parse(document.body.dataset.uiStrings ?? '{}') as Record<string, string>)['search.searching'];
      return status !== '' && status !== searching;
    });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results > li').count();
    searches.push({ query, results, ...sum(log.splice(0)) });
  }
  await page.close();
  return { page: pageLoad, searches };
}
