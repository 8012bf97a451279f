/**
 * The rights card, as a reader prints it, in every language that has one (every built /card/ page):
 *   - the sheet of wallet cards (what the page prints by default) and the full-page card (the page opened at
 *     #card-full, or its Print button) each print as exactly one page of Letter and of A4 in Chromium's own PDF
 *     output;
 *   - each side of each wallet card measures 85.6 × 54 mm (± 1 mm) in the print layout at each paper's width,
 *     its text fits inside it, and no printed text is under 8 pt;
 *   - the QR codes, on the wallet cards and the full-page card, scan to the site's home page in the same language;
 *   - on a 375 × 740 phone the Print button and the start of the card are on the first screen; without
 *     JavaScript the page says how to print instead; axe finds nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { builtPages } from '../helpers/dist.ts';
import { sharedSession } from '../helpers/browser.ts';

/** CSS pixels per millimetre (96 per inch). */
const MM = 96 / 25.4;
/** The page margin the print styles ask for (@page in src/styles/global.css). */
const PAGE_MARGIN_MM = 12;
const PAPERS = { Letter: { width: 215.9, height: 279.4 }, A4: { width: 210, height: 297 } } as const;
type Paper = keyof typeof PAPERS;
const CARD = { width: 85.6, height: 54 };
/** The smallest printed text: 8 pt, in CSS pixels (less a rounding hair). */
const MIN_TEXT_PX = (8 * 96) / 72 - 0.01;

/** Every card page the build made, with its language and the address of its home page. */
const cards = builtPages()
  .filter((p) => /^\/([a-z]{2,3}(-[a-z0-9]+)?\/)?card\/$/.test(p.path))
  .map((p) => {
    const lang = p.document.documentElement.getAttribute('lang')!;
    return { path: p.path, lang, home: p.path.replace(/card\/$/, '') };
  });

// A sharper screenshot, so that jsQR reads the small QR codes of the wallet cards as a phone camera would.
const browser = sharedSession({ deviceScaleFactor: 3 });

async function open(path: string, { print = false, paper }: { print?: boolean; paper?: Paper } = {}): Promise<Page> {
  const page = await browser().context.newPage();
  if (paper) {
    const { width, height } = PAPERS[paper];
    await page.setViewportSize({ width: Math.floor((width - 2 * PAGE_MARGIN_MM) * MM), height: Math.floor((height - 2 * PAGE_MARGIN_MM) * MM) });
  }
  await page.goto(`${browser().origin}${path}`);
  if (print) await page.emulateMedia({ media: 'print' });
  return page;
}

async function pdfPages(page: Page, format: Paper): Promise<number> {
  return (await PDFDocument.load(await page.pdf({ format, printBackground: true }))).getPageCount();
}

/** The text of a QR code, read from a screenshot of it. */
async function scan(qr: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Visible elements with text of their own smaller than 8 pt, as "tag: text". */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!own || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) small.push(`${el.tagName.toLowerCase()} (${size.toFixed(1)} px): ${el.textContent!.trim().slice(0, 40)}`);
    }
    return small;
  }, MIN_TEXT_PX);
}

describe('the card pages', () => {
  it('exist in English and Spanish at least', () => {
    expect(cards.map((c) => c.path)).toEqual(expect.arrayContaining(['/card/', '/es/card/']));
  });
});

describe.each(cards.map((c) => [c.path, c] as const))('the rights card at %s', (path, { lang, home }) => {
  describe.each(Object.keys(PAPERS) as Paper[])('on %s paper', (paper) => {
    it('prints the sheet of wallet cards on exactly one page', async () => {
      const page = await open(path);
      expect(await pdfPages(page, paper)).toBe(1);
      await page.close();
    });

    it('prints the full-page card on exactly one page', async () => {
      const page = await open(`${path}#card-full`);
      expect(await pdfPages(page, paper)).toBe(1);
      await page.close();
    });

    it('lays out eight card sides of 85.6 × 54 mm (± 1 mm), four fronts each beside its back, all text inside', async () => {
      const page = await open(path, { print: true, paper });
      const sides = await page.locator('.wallet-sheet .wallet-face').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return {
            front: el.classList.contains('wallet-front'),
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
            overflow: el.scrollHeight - el.clientHeight,
          };
        }),
      );
      expect(sides).toHaveLength(8);
      for (const side of sides) {
        expect(Math.abs(side.width / MM - CARD.width), `width ${(side.width / MM).toFixed(2)} mm`).toBeLessThanOrEqual(1);
        expect(Math.abs(side.height / MM - CARD.height), `height ${(side.height / MM).toFixed(2)} mm`).toBeLessThanOrEqual(1);
        expect(side.overflow, 'text cut off at the bottom of a card').toBeLessThanOrEqual(0);
      }
      // Front, back; front, back; …: each back after its front in reading order (right of it, or left of it in a
      // right-to-left language), on the same row, touching it (the fold line).
      const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
      for (let i = 0; i < sides.length; i += 2) {
        const [front, back] = [sides[i], sides[i + 1]];
        expect([front.front, back.front]).toEqual([true, false]);
        expect(Math.abs(back.y - front.y)).toBeLessThan(1);
        if (rtl) expect(Math.abs(back.x + back.width - front.x)).toBeLessThan(1);
        else expect(Math.abs(back.x - (front.x + front.width))).toBeLessThan(1);
      }
      // The whole sheet fits inside the page's margins.
      const sheet = (await page.locator('.card-page').boundingBox())!;
      expect(sheet.height / MM).toBeLessThanOrEqual(PAPERS[paper].height - 2 * PAGE_MARGIN_MM);
      expect(sheet.width / MM).toBeLessThanOrEqual(PAPERS[paper].width - 2 * PAGE_MARGIN_MM);
      await page.close();
    });
  });

  it('prints no text under 8 pt, on the wallet sheet or the full-page card', async () => {
    for (const address of [path, `${path}#card-full`]) {
      const page = await open(address, { print: true, paper: 'A4' });
      expect(await smallText(page), address).toEqual([]);
      await page.close();
    }
  });

  it('prints one thing at a time, without the site menu, footer or instructions', async () => {
    const wallet = await open(path, { print: true });
    for (const hidden of ['header', 'body > footer', 'nav', 'h1', '.no-print', '.wallet-preview', '.card-actions', '.rights-card']) {
      expect(await wallet.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await wallet.locator('.wallet-sheet').isVisible()).toBe(true);
    await wallet.close();

    const full = await open(`${path}#card-full`, { print: true });
    for (const hidden of ['header', 'body > footer', 'nav', 'h1', '.wallet-sheet', '.card-actions']) {
      expect(await full.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await full.locator('.rights-card').isVisible()).toBe(true);
    await full.close();
  });

  it('has a Print button for each, which prints that one', async () => {
    const page = await open(path);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset.print ?? '');
    });
    const buttons = page.locator('button.card-print-button');
    expect(await buttons.count()).toBe(2);
    await page.emulateMedia({ media: 'print' });
    await buttons.nth(1).dispatchEvent('click');
    expect(await page.locator('html').getAttribute('data-printed')).toBe('full');
    expect(await page.locator('.rights-card').isVisible()).toBe(true);
    expect(await page.locator('.wallet-sheet').isVisible()).toBe(false);
    await buttons.nth(0).dispatchEvent('click');
    expect(await page.locator('html').getAttribute('data-printed')).toBe('wallet');
    expect(await page.locator('.wallet-sheet').isVisible()).toBe(true);
    expect(await page.locator('.rights-card').isVisible()).toBe(false);
    await page.close();
  });

  it('puts a front in the page’s language beside an English back with the four statements, and two numbers on the front', async () => {
    const page = await open(path, { print: true });
    const pairs = page.locator('.wallet-sheet .wallet-pair');
    expect(await pairs.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const front = pairs.nth(i).locator('.wallet-front');
      const back = pairs.nth(i).locator('.wallet-back');
      expect(await front.evaluate((el) => el.closest('[lang]')!.getAttribute('lang'))).toBe(lang);
      expect(await back.getAttribute('lang')).toBe('en');
      // English reads left to right on an Arabic or Urdu sheet too: its lists and punctuation are not mirrored.
      expect(await back.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      const statement = await back.innerText();
      for (const words of [/remain silent/, /do not consent to your entry/, /search/, /warrant signed by a judge/, /speak to a lawyer/]) {
        expect(statement).toMatch(words);
      }
      expect(await front.locator('a[href^="tel:"]').count()).toBe(2);
      expect(await front.locator('a[href="tel:+18554357693"]').innerText()).toContain('855');
    }
    // The English sentences to say stand on every front, marked as English and set left to right.
    const say = await page.locator('.wallet-sheet .wallet-front').first().locator('q[lang="en"][dir="ltr"]').allInnerTexts();
    expect(say.join(' ')).toMatch(/remain silent[\s\S]*Am I free to go\?[\s\S]*speak to a lawyer/);
    await page.close();
  });

  it('has QR codes that scan to the site’s home page in the same language', async () => {
    const page = await open(path);
    // The build's own address for the site (its canonical links), not the test server's.
    const expected = new URL(home, (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;
    // On screen: the preview's code and the full-page card's, each named by the address it holds.
    expect(await scan(page.locator('.wallet-preview .wallet-qr'))).toBe(expected);
    expect(await scan(page.locator('.rights-card .card-qr'))).toBe(expected);
    expect(await page.getByRole('img', { name: expected, exact: false }).count()).toBe(2);
    // On paper: every wallet card's code, as printed (on a page as wide as Letter's printable width, as in print).
    await page.setViewportSize({
      width: Math.floor((PAPERS.Letter.width - 2 * PAGE_MARGIN_MM) * MM),
      height: Math.floor((PAPERS.Letter.height - 2 * PAGE_MARGIN_MM) * MM),
    });
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.wallet-sheet .wallet-qr');
    expect(await printed.count()).toBe(4);
    for (let i = 0; i < 4; i++) expect(await scan(printed.nth(i))).toBe(expected);
    await page.close();
  });

  it('shows the Print button and the start of the card on the first screen of a 375 × 740 phone', async () => {
    const page = await open(path);
    await page.setViewportSize({ width: 375, height: 740 });
    const button = page.locator('button[data-print="wallet"]');
    expect(await button.isVisible()).toBe(true);
    const buttonBox = (await button.boundingBox())!;
    expect(buttonBox.y + buttonBox.height).toBeLessThanOrEqual(740);
    const front = (await page.locator('.wallet-preview .wallet-front').boundingBox())!;
    // The card's heading and its first right are on screen.
    const firstRight = (await page.locator('.wallet-preview .wallet-front li').first().boundingBox())!;
    expect(front.y).toBeLessThan(740);
    expect(firstRight.y + firstRight.height).toBeLessThanOrEqual(740);
    await page.close();
  });

  it('has no axe violations', async () => {
    const page = await open(path);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});

describe.each([
  ['/card/', 'Current as of'],
  ['/es/card/', 'Vigente al'],
])('the full-page card at %s', (path, asOf) => {
  it('says when it was current, and gives the hotline numbers as links to call', async () => {
    const page = await open(path);
    expect(await page.locator('.card-foot').innerText()).toMatch(new RegExp(`${asOf} \\S.* 20\\d\\d\\.`));
    expect((await page.locator('.card-call a[href="tel:+18554357693"]').innerText()).replaceAll('\u2011', '-')).toBe('1-855-435-7693');
    // The same date on the front of every wallet card.
    for (const date of await page.locator('.wallet-front .wallet-date').allTextContents()) expect(date).toMatch(new RegExp(`^${asOf} \\S.* 20\\d\\d\\.$`));
    expect(await page.locator('.wallet-front .wallet-date').count()).toBe(5);
    await page.close();
  });
});

describe('without JavaScript', () => {
  const noJs = sharedSession({ javaScriptEnabled: false });

  it.each(cards.map((c) => [c.path]))('%s says how to print, and links to the full-page card to print it', async (path) => {
    const page = await noJs().context.newPage();
    await page.goto(`${noJs().origin}${path}`);
    expect(await page.locator('button.card-print-button').first().isVisible()).toBe(false);
    const hints = page.locator('.card-nojs');
    expect(await hints.count()).toBe(2);
    expect(await hints.first().isVisible()).toBe(true);
    expect((await hints.first().innerText()).length).toBeGreaterThan(30);
    await page.locator('.card-nojs a[href="#card-full"]').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.rights-card').isVisible()).toBe(true);
    expect(await page.locator('.wallet-sheet').isVisible()).toBe(false);
    await page.close();
  });
});
