/**
 * The printable rights card, as a reader prints it: Chromium's own PDF output
 * on Letter and on A4 paper must be exactly one page in each language, and
 * the QR code on the card must scan to the site's home page in that language.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

describe.each([
  ['/card/', 'en', 'Current as of'],
  ['/es/card/', 'es', 'Vigente al'],
])('the rights card at %s', (path, lang, asOf) => {
  it.each(['Letter', 'A4'] as const)('prints on exactly one %s page', async (format) => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    const pdf = await PDFDocument.load(await page.pdf({ format, printBackground: true }));
    expect(pdf.getPageCount()).toBe(1);
    await page.close();
  });

  it('prints the card alone: no site menu, footer or print instructions on paper', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header', 'body > footer', 'nav', '.no-print']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.rights-card').isVisible()).toBe(true);
    await page.close();
  });

  it('has a QR code that scans to the site’s home page in the same language', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const png = PNG.sync.read(await page.locator('.card-qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(new URL(lang === 'es' ? '/es/' : '/', canonical!).href);
    expect(await page.getByRole('img', { name: code!.data }).count()).toBe(1);
    await page.close();
  });

  it('says when it was current, and gives the hotline numbers as links to call', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${path}`);
    expect(await page.locator('.card-foot').innerText()).toMatch(new RegExp(`${asOf} \\S.* 20\\d\\d\\.`));
    expect((await page.locator('.card-call a[href="tel:+18554357693"]').innerText()).replaceAll('\u2011', '-')).toBe('1-855-435-7693');
    await page.close();
  });
});
