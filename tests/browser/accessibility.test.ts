/**
 * Accessibility beyond what axe sees on a page as it loads. axe itself runs
 * on every built page, and on the search and citation pages with their
 * answers shown, in tests/browser/every-page.test.ts (one load per page).
 */
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

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
