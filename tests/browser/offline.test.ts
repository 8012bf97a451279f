/**
 * Offline reading, as a reader meets it. By default nothing is stored. After
 * the reader presses "Save this site on this device", every page and search
 * work with the network switched off; a page reached offline that is not
 * saved says so in both languages; "Delete" leaves nothing behind.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

const stored = (page: Page) =>
  page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

async function offline<T>(run: () => Promise<T>): Promise<T> {
  await browser().context.setOffline(true);
  try {
    return await run();
  } finally {
    await browser().context.setOffline(false);
  }
}

describe('offline reading', () => {
  it('stores nothing until the reader asks', async () => {
    const page = await browser().context.newPage();
    for (const path of ['/', '/rules/il-trust-act/', '/search/?q=detainer', '/es/', '/offline/']) await page.goto(`${browser().origin}${path}`);
    expect(await stored(page)).toEqual({ caches: 0, workers: 0 });
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^Nothing from this site is saved on this device\. Saving takes about \d+\.\d MB\.$/);
    await page.close();
  });

  it('after “Save”, reopens a rule page, styled, with the network off', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/offline/`);
    await page.getByRole('button', { name: 'Save this site on this device' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 30_000 }).toMatch(/^Saved: \d+ files/);
    await offline(async () => {
      await page.goto(`${browser().origin}/rules/il-trust-act/#15-e`);
      expect(await page.locator('h1').innerText()).toContain('TRUST Act');
      expect(await page.locator('[id="15-e"]').isVisible()).toBe(true);
      // The stylesheet came from the device too: the main column keeps its width limit.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
    });
    await page.close();
  });

  it('searches offline once the site is saved', async () => {
    const page = await browser().context.newPage();
    await offline(async () => {
      await page.goto(`${browser().origin}/search/?q=${encodeURIComponent('place of birth')}`);
      await expect.poll(() => page.locator('#search-results > li h2 a').first().getAttribute('href'), { timeout: 15_000 }).toBe('/rules/il-trust-act/');
    });
    await page.close();
  });

  it('says, in English and Spanish, when an address was not saved (Spanish pages were not saved from the English page)', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/`);
    await offline(async () => {
      const response = await page.goto(`${browser().origin}/es/rules/il-voices-act/`);
      expect(response?.status()).toBe(503);
      expect(await page.locator('h1').innerText()).toBe('You are offline');
      expect(await page.locator('[lang="es"]').innerText()).toContain('No tiene conexión');
    });
    await page.close();
  });

  it('never stores search terms or anything from another site', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=secret`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/results? for|No results/);
    const keys = await page.evaluate(async () => (await (await caches.open('site-v1')).keys()).map((r) => r.url));
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => k.includes('?') || k.includes('secret'))).toEqual([]);
    expect(keys.filter((k) => !k.startsWith(browser().origin))).toEqual([]);
    await page.close();
  });

  it('“Delete” removes every saved page and the service worker', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/offline/`);
    await page.getByRole('button', { name: 'Delete the saved pages' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^Deleted\./);
    expect(await stored(page)).toEqual({ caches: 0, workers: 0 });
    await page.close();
  });
});
