/**
 * Citation lookup in Chromium: /cite/ jumps to the provision; a well-formed
 * citation the site lacks gets a clear "no such provision" answer with the
 * nearest real provisions; the search box offers "Go to …" for citations.
 */
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

async function cite(q: string) {
  const page = await browser().context.newPage();
  await page.goto(`${browser().origin}/cite/?q=${encodeURIComponent(q)}`);
  return page;
}

describe('/cite/', () => {
  it.each([
    ['5 ILCS 805/15(e)', '/rules/il-trust-act/#15-e'],
    ['805/15(a)', '/rules/il-trust-act/#15-a'],
    ['Section 25 of the TRUST Act', '/rules/il-trust-act/#25'],
    ['5 Ill. Comp. Stat. 805/10', '/rules/il-trust-act/#10'],
  ])('jumps from %s to %s', async (q, target) => {
    const page = await cite(q);
    await page.waitForURL((u) => u.pathname.startsWith('/rules/'));
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe(target);
    await page.close();
  });

  it('answers "no such provision" for 5 ILCS 805/99, with the nearest real provisions', async () => {
    const page = await cite('5 ILCS 805/99');
    const result = page.locator('#cite-result');
    await expect.poll(() => result.textContent()).toContain('No such provision on this site: 5 ILCS 805/99.');
    const nearest = await result.locator('li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(nearest).toEqual(['#30', '#25', '#15']);
    expect(new URL(page.url()).pathname).toBe('/cite/');
    await page.close();
  });

  it('does not pretend a near miss is on the site', async () => {
    const page = await cite('805 ILCS 5/15');
    await expect.poll(() => page.locator('#cite-result').textContent()).toContain('is not a citation to any rule on this site');
    expect(await page.locator('#cite-result a').getAttribute('href')).toBe('/search/?q=805%20ILCS%205%2F15');
    await page.close();
  });

  it('keeps hostile input inert', async () => {
    const page = await browser().context.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`${browser().origin}/cite/?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    await expect.poll(() => page.locator('#cite-result').textContent()).toContain('is not a citation');
    expect(await page.locator('#cite-result img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});

describe('the search box shortcut', () => {
  it('offers "Go to" for a citation, above the full-text results', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=${encodeURIComponent('805/15(e)')}`);
    const go = page.locator('#search-lookup a');
    await expect.poll(() => go.textContent(), { timeout: 10_000 }).toBe('Go to 5 ILCS 805/15(e): No questions about status or place of birth');
    expect(await go.getAttribute('href')).toBe('/rules/il-trust-act/#15-e');
    await page.close();
  });

  it('says "no such provision" for a citation the site lacks', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=${encodeURIComponent('5 ILCS 805/99')}`);
    await expect.poll(() => page.locator('#search-lookup').textContent(), { timeout: 10_000 }).toContain('No such provision on this site: 5 ILCS 805/99.');
    await page.close();
  });

  it('offers nothing for a plain topic', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=detainer`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-lookup').textContent()).toBe('');
    await page.close();
  });
});
