/**
 * Offline reading, as a reader on a bad connection meets it: after one visit
 * with a connection, the same page opens again with the network switched off;
 * after one search, searching works offline; a page never visited says so in
 * both languages instead of failing silently.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

const saved = (page: Page, url: string) => page.evaluate(async (u) => (await caches.match(u)) !== undefined, url);

async function offline<T>(run: () => Promise<T>): Promise<T> {
  await browser().context.setOffline(true);
  try {
    return await run();
  } finally {
    await browser().context.setOffline(false);
  }
}

describe('offline reading', () => {
  it('reopens a visited rule page, styled, with the network off', async () => {
    const page = await browser().context.newPage();
    const url = `${browser().origin}/rules/il-trust-act/`;
    await page.goto(`${url}#15-e`);
    await expect.poll(() => saved(page, url), { timeout: 15_000 }).toBe(true);
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    await expect.poll(() => saved(page, new URL(css!, url).href), { timeout: 15_000 }).toBe(true);
    await offline(async () => {
      await page.reload();
      expect(await page.locator('h1').innerText()).toContain('TRUST Act');
      expect(await page.locator('[id="15-e"]').isVisible()).toBe(true);
      // The stylesheet came from the device too: the main column keeps its width limit.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
    });
    await page.close();
  });

  it('says, in English and Spanish, when a page was never saved', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    await offline(async () => {
      const response = await page.goto(`${browser().origin}/rules/il-voices-act/`);
      expect(response?.status()).toBe(503);
      expect(await page.locator('h1').innerText()).toBe('You are offline');
      expect(await page.locator('[lang="es"]').innerText()).toContain('No tiene conexión');
    });
    await page.close();
  });

  it('searches offline, in Spanish, after one search online', async () => {
    const page = await browser().context.newPage();
    const origin = browser().origin;
    await page.goto(`${origin}/es/search/?q=${encodeURIComponent('estatus migratorio')}`);
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const list = (await (await page.request.get(`${origin}/pagefind/offline-es.json`)).json()) as { files: string[] };
    const all = list.files.map((f) => `${origin}/pagefind/${f}`);
    await expect
      .poll(async () => (await Promise.all(all.map((u) => saved(page, u)))).filter((ok) => !ok).length, { timeout: 20_000 })
      .toBe(0);
    await offline(async () => {
      await page.goto(`${origin}/es/search/?q=${encodeURIComponent('lugar de nacimiento')}`);
      await expect.poll(() => page.locator('#search-results > li h2 a').first().getAttribute('href'), { timeout: 15_000 }).toBe('/es/rules/il-trust-act/');
    });
    await page.close();
  });

  it('never keeps search terms: a searched page is saved under its plain address', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/`);
    const keys = await page.evaluate(async () => (await (await caches.open('site-v1')).keys()).map((r) => r.url));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.includes('?'))).toEqual([]);
    expect(keys.filter((k) => !k.startsWith(browser().origin))).toEqual([]);
    await page.close();
  });
});
