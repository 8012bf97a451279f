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
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 50)}`);
    });
    expect(overflow).toEqual([]);
    await page.close();
  });
});

describe('the search page with results', () => {
  it('has no axe violations', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=detainer`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
