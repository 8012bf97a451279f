/**
 * What a page costs the browser's main thread to show, on a slow phone:
 * Chromium (through playwright-core) loads it with the CPU slowed down 4×, as
 * Lighthouse's mobile preset does, and a performance trace (the Chrome
 * DevTools Protocol's Tracing domain) is read for the renderer's main thread.
 *
 *   - style, layout: time in style recalculation (UpdateLayoutTree) and in
 *     layout (Layout), in milliseconds of the slowed-down clock, as in
 *     Lighthouse's "Style & Layout" line;
 *   - cpu: the same work in CPU time of that thread (the trace's thread
 *     clock), which neither the slowdown nor other processes on a busy
 *     machine inflate: the number to compare between runs;
 *   - layoutObjects: how many objects the largest layout pass covered (it
 *     depends on the page and the CSS, not on the machine);
 *   - longestTask, blocking: the longest main-thread task and the sum of every
 *     task's time beyond 50 ms, from navigation to a quiet page. Lighthouse's
 *     total blocking time counts only tasks after the first paint, so this is
 *     its upper bound.
 *
 * Used by `npm run bench`. No Lighthouse: the numbers behind its score that
 * this site can move (style, layout, long tasks) come from the same trace
 * events, and a trace needs nothing but the Chromium the tests already use.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Session } from '../../tests/helpers/browser.ts';

/** Lighthouse's mobile preset: a Moto G Power's screen, and a CPU 4× slower than the machine's. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const CPU_SLOWDOWN = 4;

export interface RenderCost {
  style: number;
  layout: number;
  cpu: number;
  layoutObjects: number;
  longestTask: number;
  blocking: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; beginData?: { url?: string; totalObjects?: number } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'].join(',');

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Two frames, then a quiet moment: the copy buttons are in and the blocks near the screen are drawn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
}

/** The cost of one cold load of `path` (a fresh page; files may be revalidated from the HTTP cache). */
export async function measureOnce(session: Session, path: string): Promise<RenderCost> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const url = `${session.origin}${path}`;
  // Start on the same site, so that the page loads in the renderer process
  // being traced from the start (a load from about:blank may move to a new one).
  await page.goto(`${session.origin}/robots.txt`);
  const events = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
  });
  await page.close();

  const renderers = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url && renderers.has(`${e.pid}:${e.tid}`));
  if (!parse) throw new Error(`no main-thread trace of ${url}`);
  const main = events.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid);
  const named = (name: string) => main.filter((e) => e.name === name);
  const ms = (list: TraceEvent[], key: 'dur' | 'tdur' = 'dur') => list.reduce((n, e) => n + (e[key] ?? 0), 0) / 1000;
  const tasks = named('RunTask').map((e) => (e.dur ?? 0) / 1000);
  return {
    style: ms(named('UpdateLayoutTree')),
    layout: ms(named('Layout')),
    cpu: ms([...named('UpdateLayoutTree'), ...named('Layout')], 'tdur'),
    layoutObjects: Math.max(0, ...named('Layout').map((e) => e.args?.beginData?.totalObjects ?? 0)),
    longestTask: Math.max(0, ...tasks),
    blocking: tasks.reduce((n, t) => n + Math.max(0, t - 50), 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median of `runs` loads of each path (each field's own median), after one unmeasured warm-up load. */
export async function measureRenderCost(session: Session, paths: string[], runs = 5): Promise<({ path: string; runs: number } & RenderCost)[]> {
  const out = [];
  for (const path of paths) {
    await measureOnce(session, path);
    const samples: RenderCost[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureOnce(session, path));
    const field = (k: keyof RenderCost) => Math.round(median(samples.map((s) => s[k])) * 10) / 10;
    out.push({
      path,
      runs,
      style: field('style'),
      layout: field('layout'),
      cpu: field('cpu'),
      layoutObjects: field('layoutObjects'),
      longestTask: field('longestTask'),
      blocking: field('blocking'),
    });
  }
  return out;
}
