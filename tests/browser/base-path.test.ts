/**
 * The site served under a base path, as a GitHub Pages project site is:
 * pages load their styles, search finds rules and links under the base, the
 * language switch stays under it, and offline saving works in its scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session, STATE_WAIT } from '../helpers/browser.ts';
import { BASE, BASE_DIST, ensureBasePathBuild } from '../helpers/base-path-build.ts';

let session: Session;
beforeAll(async () => {
  ensureBasePathBuild();
  session = await openSession({}, BASE_DIST, BASE);
}, 300_000);
afterAll(async () => {
  await session?.close();
});

describe(`the site under ${BASE}`, () => {
  it('serves a rule page with its styles, and switches language under the base', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${session.origin}${BASE}rules/il-trust-act/`);
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
    await Promise.all([page.waitForURL(`**${BASE}es/rules/il-trust-act/`), page.getByRole('link', { name: 'Leer esta página en español' }).click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.close();
  });

  it('searches, and links each result under the base', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}${BASE}search/?q=detainer`);
    await expect.poll(() => page.locator('#search-results > li').count(), STATE_WAIT).toBeGreaterThan(0);
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    await page.goto(`${session.origin}${BASE}cite/?q=${encodeURIComponent('5 ILCS 805/15(e)')}`);
    await page.waitForURL(`**${BASE}rules/il-trust-act/#15-e`);
    await page.close();
  });

  it('saves the site for offline use within the base', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}${BASE}offline/`);
    await page.getByRole('button', { name: 'Save this site on this device' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), STATE_WAIT).toMatch(/^Saved: \d+ files/);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(new URL(scope!).pathname).toBe(BASE);
    await page.close();
  });
});
