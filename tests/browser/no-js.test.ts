/**
 * Everything readable without JavaScript: with scripts switched off in
 * Chromium, the home page, a rule and a guide (in both languages) show their
 * full text, and their links and pinpoint anchors work.
 */
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession({ javaScriptEnabled: false });

describe.each([
  { lang: 'en', prefix: '' },
  { lang: 'es', prefix: '/es' },
])('without JavaScript ($lang)', ({ prefix }) => {
  it('the home page shows what police may not do, linked to the provisions that say so', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${prefix}/`);
    expect(await page.locator('h1').innerText()).not.toBe('');
    const cite = page.locator(`main a[href^="${prefix}/rules/il-trust-act/#"]`).first();
    const href = (await cite.getAttribute('href'))!;
    await Promise.all([page.waitForURL(`**${href}`), cite.click()]);
    const anchor = decodeURIComponent(href.split('#')[1]);
    expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('a rule page shows every provision with its citation, and its links jump to the right place', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${prefix}/rules/il-trust-act/`);
    expect(await page.locator('[id="15-e"]').innerText()).toContain('5 ILCS 805/15(e)');
    expect(await page.locator('.provision-meta').count()).toBeGreaterThan(15);
    const toc = page.locator('nav[aria-labelledby="on-this-page"] a').nth(1);
    const hash = (await toc.getAttribute('href'))!;
    await toc.click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(hash));
    expect(await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).isVisible()).toBe(true);
    await page.locator('a[href="#15-e"]').first().click();
    expect(new URL(page.url()).hash).toBe('#15-e');
    await page.close();
  });

  it('a guide shows its short answer, its citations and numbers to call', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${prefix}/guides/ice-at-my-door/`);
    expect((await page.locator('.guide-answer').innerText()).length).toBeGreaterThan(80);
    expect(await page.locator('.guide-body a.cite').count()).toBeGreaterThan(2);
    expect(await page.locator('a[href="tel:+18554357693"]').first().isVisible()).toBe(true);
    const cite = page.locator('.guide-body a.cite[href*="/rules/cpd-s06-14-03/#"]').first();
    await Promise.all([page.waitForURL(/\/rules\/cpd-s06-14-03\/#III-A$/), cite.click()]);
    expect(await page.locator('[id="III-A"]').isVisible()).toBe(true);
    await page.close();
  });
});
