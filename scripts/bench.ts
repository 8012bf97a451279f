/**
 * `npm run bench`: measures what readers pay for the site, and how the cost
 * grows with content. A benchmark, not a test: it prints tables and writes
 * bench-results.json, and never fails on a number (the test suite enforces
 * the budgets).
 *
 *   1. build: three cold builds (caches and dist removed): time and peak
 *      memory of the build and the processes it starts
 *   2. every page: HTML, CSS and JavaScript bytes, raw and gzip -9
 *   3. search: what Chromium downloads for a first and a second search, in
 *      each language (request log; sized as a CDN sends them)
 *   4. the Pagefind index, per language
 *   5. rendering: the three longest rule pages in English and in Spanish
 *      (the languages with rule pages) loaded on an emulated phone with the
 *      CPU slowed 4× (Lighthouse's mobile preset): style and layout time, the
 *      same in CPU time, layout objects, longest task and blocking time
 *      (scripts/lib/render-cost.ts)
 *   6. scale: the real content plus 100 synthetic rules of 10 provisions
 *      (1,000 provisions, with their Spanish pages) built into tests/.tmp/:
 *      time, peak memory, pages, index size and first-search bytes
 *
 * Last, the whole test suite (`npm test`): its wall time, CPU time and number
 * of `astro build`s (scripts/lib/suite-measure.ts; `-- --skip-suite` skips it).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { openSession } from '../tests/helpers/browser.ts';
import { builtLanguages, builtPages, isRulePage, langOfPath } from '../tests/helpers/dist.ts';
import { measureSearch } from '../tests/helpers/search-bytes.ts';
import { runMeasured } from './lib/peak-memory.ts';
import { measureRenderCost, PHONE } from './lib/render-cost.ts';
import { writeScaleContent } from './lib/synthetic-content.ts';
import { benchSuite } from './lib/suite-measure.ts';

const DIST = 'dist';
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--force'];

async function build(extra: Record<string, string> = {}, out = DIST, cache = 'node_modules/.astro') {
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync('node_modules/.vite', { recursive: true, force: true });
  const run = await runMeasured(process.execPath, astro, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: out, SITE_CACHE_DIR: cache, ...extra });
  if (!run.ok) throw new Error(`build failed:\n${run.output.slice(-2000)}`);
  return run;
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

function dirSize(dir: string, filter: (name: string) => boolean = () => true): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) => {
    const p = join(dir, d.name);
    return n + (d.isDirectory() ? dirSize(p, filter) : filter(d.name) ? statSync(p).size : 0);
  }, 0);
}

function indexSizes(dist: string) {
  const pf = join(dist, 'pagefind');
  const lang = (l: string) => dirSize(pf, (name) => name.startsWith(`${l}_`) || name.includes(`.${l}_`) || name === `wasm.${l}.pagefind`);
  const byLang: Record<string, number> = Object.fromEntries(['en', ...builtLanguages(dist)].map((l) => [l, lang(l)]));
  return { total: dirSize(pf), byLang };
}

async function searches(dist: string, plan: [string, string[]][]) {
  const session = await openSession({}, dist);
  const out = [];
  for (const [lang, queries] of plan) {
    const r = await measureSearch(session, dist, queries, lang);
    out.push({ lang, page: { requests: r.page.requests, gzip: r.page.gzip }, searches: r.searches.map(({ files: _files, ...rest }) => rest) });
  }
  await session.close();
  return out;
}

// 1. Builds
const builds = [await build(), await build(), await build()];
// 2. Pages
const pages = pageWeights();
// 3. Search
// Every language: its two sample words (src/i18n/languages/<code>.ts, search.samples); English and Spanish also a
// citation and a phrase.
const extra: Record<string, string[]> = { en: ['805/15(a)', 'place of birth'], es: ['ICE en mi puerta'] };
const plan: [string, string[]][] = [];
for (const lang of ['en', ...builtLanguages(DIST)]) {
  const file = (await import(`../src/i18n/languages/${lang}.ts`)) as { default: { search: { samples: string[] } } };
  plan.push([lang, [...file.default.search.samples, ...(extra[lang] ?? [])]]);
}
const search = await searches(DIST, plan);
// 4. Index
const index = indexSizes(DIST);

// 5. Rendering: the longest rule pages (by HTML bytes) in each language that has rule pages
const longest = [...new Set(pages.filter((p) => isRulePage(p.path)).map((p) => langOfPath(p.path)))].flatMap((lang) =>
  pages
    .filter((p) => isRulePage(p.path) && langOfPath(p.path) === lang)
    .sort((a, b) => b.html.raw - a.html.raw)
    .slice(0, 3)
    .map((p) => p.path),
);
const renderSession = await openSession(PHONE);
const rendering = await measureRenderCost(renderSession, longest);
await renderSession.close();

// 6. Scale
const scaleRoot = resolve('tests/.tmp/scale');
const synthetic = writeScaleContent(scaleRoot, 100, 10);
const scaleDist = join(scaleRoot, 'dist');
const scaleBuild = await build({ SITE_CONTENT_DIR: synthetic.dir }, scaleDist, join(scaleRoot, 'cache'));
const scalePages = readdirSync(scaleDist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const scaleSearch = await searches(scaleDist, [['en', ['detainer', 'warrant supervisor']]]);
const scale = {
  syntheticRules: synthetic.rules,
  syntheticProvisions: synthetic.provisions,
  pages: scalePages,
  seconds: scaleBuild.seconds,
  peakMb: scaleBuild.peakMb,
  index: indexSizes(scaleDist),
  search: scaleSearch,
};

// Report
const line = (b: { seconds: number; peakMb: number | null }) => `${b.seconds.toFixed(2)} s, peak ${b.peakMb ?? '?'} MB`;
console.log(`\nBuild (cold, Pagefind included): ${builds.map(line).join(' / ')}`);
console.log('\nPage                                             HTML raw / gz        CSS raw / gz         JS raw / gz');
for (const p of pages) {
  const cell = (w: { raw: number; gzip: number }) => `${kb(w.raw)} / ${kb(w.gzip)}`.padEnd(21);
  console.log(`${p.path.padEnd(49)}${cell(p.html)}${cell(p.css)}${cell(p.js)}`);
}
for (const s of search) {
  console.log(`\nSearch (${s.lang}): search page ${s.page.requests} requests, ${kb(s.page.gzip)}`);
  s.searches.forEach((q, i) =>
    console.log(`  ${i === 0 ? 'first ' : 'then  '} “${q.query}”: ${q.requests} requests, ${kb(q.gzip)} transferred (${kb(q.raw)} raw)`),
  );
}
console.log('\nRendering on a phone, CPU slowed 4× (median of 5 loads)   style  layout  (CPU)  layout objects  longest task  blocking');
for (const r of rendering) {
  const ms = (n: number, w: number) => `${Math.round(n)} ms`.padStart(w);
  console.log(
    `${r.path.padEnd(57)}${ms(r.style, 6)}${ms(r.layout, 8)}${ms(r.cpu, 7)}${String(r.layoutObjects).padStart(16)}${ms(r.longestTask, 14)}${ms(r.blocking, 10)}`,
  );
}
console.log(
  `\nPagefind index: ${kb(index.total)} in all (${Object.entries(index.byLang)
    .map(([l, n]) => `${l} ${kb(n)}`)
    .join(', ')}, plus shared files)`,
);
console.log(
  `\nScale: +${scale.syntheticRules} synthetic rules, ${scale.syntheticProvisions} provisions → ${scale.pages} pages in ${line(scale)}; ` +
    `index ${kb(scale.index.total)} (English ${kb(scale.index.byLang.en)}); first search “${scale.search[0].searches[0].query}” ${kb(scale.search[0].searches[0].gzip)}, ` +
    `then “${scale.search[0].searches[1].query}” ${kb(scale.search[0].searches[1].gzip)}`,
);

writeFileSync(
  'bench-results.json',
  `${JSON.stringify({ date: new Date().toISOString(), builds, pages, search, index, rendering, scale }, (k, v) => (k === 'output' ? undefined : v), 2)}\n`,
);
console.log('\nWrote bench-results.json');
if (!existsSync(join(DIST, 'index.html'))) console.log('(dist/ was rebuilt by the benchmark)');

// The test suite, last (it rebuilds dist/ itself).
benchSuite();
