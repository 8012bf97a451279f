/**
 * Copy citation / copy link on a rule page: buttons appear only with
 * JavaScript, copy exactly the printed citation, and announce it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openSession, sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();
beforeAll(async () => {
  await browser().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser().origin });
});

describe('copying a citation', () => {
  it('copies the plain citation, the Bluebook form and the permanent link', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/rules/il-trust-act/`);
    const meta = page.locator('[id="15-e"] + .provision-meta');
    const clip = () => page.evaluate(() => navigator.clipboard.readText());
    await meta.getByRole('button', { name: 'Copy citation' }).click();
    expect(await clip()).toBe('5 ILCS 805/15(e)');
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Copied: 5 ILCS 805/15(e)');
    await meta.getByRole('button', { name: 'Copy Bluebook' }).click();
    expect(await clip()).toBe('5 Ill. Comp. Stat. 805/15(e)');
    await meta.getByRole('button', { name: 'Copy link' }).click();
    expect(await clip()).toBe(`${browser().origin}/rules/il-trust-act/#15-e`);
    await page.close();
  });

  it('says "Copied" on the button itself, keeping its name and the focus, then goes back to its label', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/rules/il-trust-act/`);
    const button = page.locator('[id="15-e"] + .provision-meta').getByRole('button', { name: 'Copy citation' });
    await button.focus();
    await page.keyboard.press('Enter');
    const shown = button.locator('[aria-hidden="true"]');
    await expect.poll(() => shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toBe('Copied');
    // Same accessible name (a screen reader hears the live region, not a renamed button), focus kept.
    expect(await button.count()).toBe(1);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Copied: 5 ILCS 805/15(e)');
    await expect.poll(() => shown.isVisible(), { timeout: 15_000 }).toBe(false);
    expect(await button.innerText()).toBe('Copy citation');
    await page.close();
  });

  it('works the same on the Spanish page, in Spanish, with the same official citation and anchor', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/es/rules/il-trust-act/`);
    const meta = page.locator('[id="15-e"] + .provision-meta');
    const clip = () => page.evaluate(() => navigator.clipboard.readText());
    await meta.getByRole('button', { name: 'Copiar cita', exact: true }).click();
    expect(await clip()).toBe('5 ILCS 805/15(e)');
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Copiado: 5 ILCS 805/15(e)');
    await meta.getByRole('button', { name: 'Copiar enlace' }).click();
    expect(await clip()).toBe(`${browser().origin}/es/rules/il-trust-act/#15-e`);
    await expect.poll(() => meta.getByRole('button', { name: 'Copiar enlace' }).locator('[aria-hidden="true"]').textContent()).toBe('Copiado');
    await page.close();
  });

  it('keeps the reader on the same provision when they switch language', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/rules/il-trust-act/#15-e`);
    // The switch carries the provision: said as soon as the link is wrong, not after a navigation times out.
    const switchLink = page.getByRole('link', { name: 'Leer esta página en español' });
    await expect.poll(() => switchLink.evaluate((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash)).toBe('/es/rules/il-trust-act/#15-e');
    await Promise.all([page.waitForURL(/\/es\/rules\/il-trust-act\/#15-e$/), switchLink.click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('[id="15-e"]').isVisible()).toBe(true);
    await page.locator('a[href="#15-a"]').first().click();
    await Promise.all([page.waitForURL(/\/rules\/il-trust-act\/#15-a$/), page.getByRole('link', { name: 'Read this page in English' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/rules/il-trust-act/');
    await page.close();
  });

  it('adds no buttons without JavaScript, and the citation stays in the heading', async () => {
    const noJs = await openSession({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${noJs.origin}/rules/il-trust-act/`);
      expect(await page.locator('.copy-button').count()).toBe(0);
      expect(await page.locator('[id="15-e"]').innerText()).toContain('5 ILCS 805/15(e)');
    } finally {
      await noJs.close();
    }
  });
});
