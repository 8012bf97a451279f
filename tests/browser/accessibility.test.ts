/**
 * axe-core in Chromium on every built page, against WCAG 2.2 A and AA and
 * axe's best practices: zero violations allowed. Also the search page with
 * results showing, since that markup exists only after a search.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../helpers/dist.ts';
import { sharedSession } from '../helpers/browser.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const browser = sharedSession();

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(builtPages().map((p) => [p.path]))('%s', (path) => {
  it('has no axe violations', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('reflows to a 320 px wide screen (400% zoom) without sideways scrolling', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${browser().origin}${path}`);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // A data table may scroll inside its own region (.table-scroll); the page itself may not.
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.parentElement?.closest('.table-scroll'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 50)}`);
    });
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe.each([
  ['/search/?q=detainer'],
  ['/es/search/?q=estatus%20migratorio'],
])('the search page with results: %s', (path) => {
  it('has no axe violations', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

describe('a wide table on a phone', () => {
  it('scrolls inside its own region, which takes keyboard focus and has a name', async () => {
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${browser().origin}/es/rules/cpd-s06-14-03/`);
    const region = page.getByRole('region', { name: /Tabla/ });
    expect(await region.count()).toBeGreaterThan(0);
    const first = region.first();
    expect(await first.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});
