/**
 * `npm run bench`: measures what readers pay for the site. A benchmark, not a
 * test: it prints a table and writes bench-results.json, and never fails on a
 * number (the budgets are enforced by the test suite).
 *
 *   - build time (cold: caches and dist removed), 3 runs
 *   - per page: HTML, CSS and JavaScript bytes, raw and gzip -9
 *   - what Chromium downloads for a first and a second search (request log;
 *     gzip sizes computed from the files, since the local server does not compress)
 *   - Pagefind index size
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { openSession } from '../tests/helpers/browser.ts';
import { builtPages } from '../tests/helpers/dist.ts';

const DIST = 'dist';
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function build(): number {
  rmSync(DIST, { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  rmSync('node_modules/.vite', { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error('build failed');
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function fileIn(dist: string, href: string): Buffer {
  return readFileSync(join(dist, decodeURIComponent(new URL(href, 'http://x').pathname)));
}

function pageWeights() {
  return builtPages().map((page) => {
    const { document } = parseHTML(page.html);
    const css = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => fileIn(DIST, l.getAttribute('href')!));
    const js = [...document.querySelectorAll('script[src]')].map((s) => fileIn(DIST, s.getAttribute('src')!));
    const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((n, b) => n + f(b), 0);
    return {
      path: page.path,
      html: { raw: Buffer.byteLength(page.html), gzip: gz(page.html) },
      css: { raw: sum(css, (b) => b.length), gzip: sum(css, gz) },
      js: { raw: sum(js, (b) => b.length), gzip: sum(js, gz) },
    };
  });
}

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) => {
    const p = join(dir, d.name);
    return n + (d.isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);
}

async function searchBytes(queries: string[]) {
  const session = await openSession();
  const page = await session.context.newPage();
  const log: { url: string; raw: number; gzip: number }[] = [];
  page.on('requestfinished', (req) => {
    const url = new URL(req.url());
    const file = join(DIST, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
    if (!existsSync(file)) return;
    const buf = readFileSync(file);
    // Pagefind's index, fragment and wasm files are already compressed.
    const compressed = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/.test(url.pathname);
    log.push({ url: url.pathname, raw: buf.length, gzip: compressed ? buf.length : gz(buf) });
  });
  await page.goto(`${session.origin}/search/`);
  await page.waitForLoadState('networkidle');
  const results: { query: string; requests: number; raw: number; gzip: number }[] = [];
  for (const query of queries) {
    const before = log.length;
    await page.getByLabel('Citation, name or topic').fill(query);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /results? for|No results/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const slice = log.slice(before);
    results.push({ query, requests: slice.length, raw: slice.reduce((n, r) => n + r.raw, 0), gzip: slice.reduce((n, r) => n + r.gzip, 0) });
  }
  const pageLoad = log.slice(0, log.length - results.reduce((n, r) => n + r.requests, 0));
  await session.close();
  return {
    searchPage: { requests: pageLoad.length, raw: pageLoad.reduce((n, r) => n + r.raw, 0), gzip: pageLoad.reduce((n, r) => n + r.gzip, 0) },
    searches: results,
  };
}

const times = [build(), build(), build()];
const pages = pageWeights();
const search = await searchBytes(['detainer', '805/15(a)']);
const index = { total: dirSize(join(DIST, 'pagefind')) };

console.log(`\nBuild (cold, Pagefind included): ${times.map((t) => `${t.toFixed(2)} s`).join(' / ')}`);
console.log('\nPage                           HTML raw/gz          CSS raw/gz           JS raw/gz');
for (const p of pages) {
  const cell = (w: { raw: number; gzip: number }) => `${kb(w.raw)} / ${kb(w.gzip)}`.padEnd(21);
  console.log(`${p.path.padEnd(31)}${cell(p.html)}${cell(p.css)}${cell(p.js)}`);
}
console.log(`\nSearch page load: ${search.searchPage.requests} requests, ${kb(search.searchPage.gzip)} gzip`);
search.searches.forEach((s, i) =>
  console.log(`${i === 0 ? 'First' : 'Second'} search (“${s.query}”): ${s.requests} requests, ${kb(s.raw)} raw, ${kb(s.gzip)} transferred (gzip)`),
);
console.log(`Pagefind output: ${kb(index.total)}`);

writeFileSync('bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), buildSeconds: times, pages, search, index }, null, 2)}\n`);
console.log('\nWrote bench-results.json');
