/**
 * The first phone screen (375 × 740) of every page a frightened resident may
 * open, in every language: on a guide, the answer, the first action and a
 * tap-to-call link are visible without scrolling; on a home page, the four
 * ways in and the hotline; and the header takes at most a fifth of the screen.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { sharedSession } from '../helpers/browser.ts';

const WIDTH = 375;
const HEIGHT = 740;
const browser = sharedSession({ viewport: { width: WIDTH, height: HEIGHT } });
const pages = builtPages().map((p) => p.path);
const guides = pages.filter((p) => /^\/(?:[a-z]{2}\/)?guides\/[^/]+\/$/.test(p));
const homes = pages.filter((p) => /^\/(?:[a-z]{2}\/)?$/.test(p));

/** The top and bottom of the first element matching `selector`, relative to the unscrolled viewport. */
async function box(path: string, selectors: Record<string, string>) {
  const page = await browser().context.newPage();
  await page.goto(`${browser().origin}${path}`);
  const boxes = await page.evaluate((sel) => {
    const out: Record<string, { top: number; bottom: number; firstLine: number } | null> = {};
    for (const [name, s] of Object.entries(sel)) {
      const el = document.querySelector(s);
      if (!el) {
        out[name] = null;
        continue;
      }
      const r = el.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(el).lineHeight) || 24;
      out[name] = { top: r.top, bottom: r.bottom, firstLine: r.top + line };
    }
    return out;
  }, selectors);
  await page.close();
  return boxes;
}

describe('the header on a phone', () => {
  it.each(homes)('takes at most a fifth of the screen on %s', async (path) => {
    const { header } = await box(path, { header: 'body > header' });
    expect(header!.bottom).toBeLessThanOrEqual(HEIGHT / 5);
  });
});

describe('a guide on a phone', () => {
  it('exists in every language the site has', () => {
    expect(guides.length).toBeGreaterThan(0);
  });
  it.each(guides)('%s shows the answer, the first action and a tap-to-call link without scrolling', async (path) => {
    const b = await box(path, {
      header: 'body > header',
      answer: '.guide-answer',
      action: '.guide-actions li',
      call: '.call-now a[href^="tel:"]',
    });
    expect(b.header!.bottom).toBeLessThanOrEqual(HEIGHT / 5);
    expect(b.answer!.bottom).toBeLessThanOrEqual(HEIGHT);
    expect(b.call!.bottom).toBeLessThanOrEqual(HEIGHT);
    expect(b.action!.firstLine).toBeLessThanOrEqual(HEIGHT);
  });
});

describe('a home page on a phone', () => {
  it.each(homes)('%s shows the four ways in and the hotline without scrolling', async (path) => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    const ways = page.locator('.help-now-ways a');
    expect(await ways.count()).toBe(4);
    for (const way of await ways.all()) expect((await way.boundingBox())!.y + (await way.boundingBox())!.height).toBeLessThanOrEqual(HEIGHT);
    const call = (await page.locator('.call-now a[href^="tel:"]').boundingBox())!;
    expect(call.y + call.height).toBeLessThanOrEqual(HEIGHT);
    await page.close();
  });
});
