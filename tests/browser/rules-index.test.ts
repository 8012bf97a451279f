/**
 * The rules index filter, in Chromium: choosing a jurisdiction, kind or status
 * hides the other rules and says how many are shown; the choice is kept in the
 * address; without JavaScript every rule shows and the filter is hidden.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

const visibleCards = (page: Page) => page.locator('[data-rule-card]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.jurisdiction));

describe('the rules index', () => {
  it('filters by jurisdiction and keeps the choice in the address', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/rules/`);
    const all = await page.locator('[data-rule-card]').count();
    await page.getByLabel('Whose rule').selectOption('illinois');
    const shown = await visibleCards(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['illinois']));
    expect(await page.locator('#rule-filter-count').textContent()).toBe(`Showing ${shown.length} of ${all} rules.`);
    expect(new URL(page.url()).search).toBe('?jurisdiction=illinois');
    await page.close();
  });

  it('applies a filter given in the address, and ignores unknown values', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/rules/?kind=statute&status=nonsense`);
    expect(await page.getByLabel('Kind').inputValue()).toBe('statute');
    expect(await page.getByLabel('Status').inputValue()).toBe('');
    const kinds = await page.locator('[data-rule-card]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(new Set(kinds)).toEqual(new Set(['statute']));
    await page.close();
  });

  it('shows every rule, and no filter, without JavaScript', async () => {
    const noJs = await openSession({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${noJs.origin}/rules/?jurisdiction=illinois`);
      expect(await page.locator('#rule-filter').isVisible()).toBe(false);
      expect(await page.locator('[data-rule-card]:visible').count()).toBe(await page.locator('[data-rule-card]').count());
    } finally {
      await noJs.close();
    }
  });
});
