/**
 * The citation lookup on text as real documents write it, in Chromium: a
 * citation typed alone still jumps; one found inside a pasted sentence, or a
 * name two rules share, is offered as a list of links and the page stays put;
 * and the lookup code and index load only when a lookup runs, from the site
 * itself.
 */
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

async function open(path: string) {
  const page = await browser().context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${browser().origin}${path}`);
  return { page, requests };
}

const hrefs = (page: Awaited<ReturnType<typeof open>>['page'], selector: string) =>
  page.locator(selector).evaluateAll((as) =>
    as.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );

describe('/cite/ with real text', () => {
  it('jumps for the General Assembly’s own form of a citation', async () => {
    const { page } = await open(`/cite/?q=${encodeURIComponent('(5 ILCS 805/10)')}`);
    await page.waitForURL((u) => u.pathname.startsWith('/rules/'));
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/rules/il-trust-act/#10');
    await page.close();
  });

  it('offers every citation of a pasted sentence without leaving the page', async () => {
    const q = 'See MCC § 2-173-069(a) and MCC § 2-173-069(b).';
    const { page } = await open(`/cite/?q=${encodeURIComponent(q)}`);
    await expect.poll(() => page.locator('#cite-result li').count()).toBe(2);
    expect(await hrefs(page, '#cite-result li a')).toEqual(['/rules/chicago-welcoming-city/#2-173-069-a', '/rules/chicago-welcoming-city/#2-173-069-b']);
    expect(new URL(page.url()).pathname).toBe('/cite/');
    await page.close();
  });

  it('lists both rules for a case name they share', async () => {
    const { page } = await open(`/cite/?q=${encodeURIComponent('United States v. Illinois')}`);
    await expect.poll(() => page.locator('#cite-result li').count()).toBe(2);
    expect(await hrefs(page, '#cite-result li a')).toEqual(['/rules/us-v-illinois-2025/', '/rules/us-v-illinois-pa-104-0440/']);
    await page.close();
  });

  it('loads the lookup only when it runs, and only from the site', async () => {
    const { page, requests } = await open('/search/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /citation-index/.test(u))).toEqual([]);
    await page.locator('input[name="q"]').fill('5 ILCS 805/15(e)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-lookup a').count()).toBe(1);
    const loaded = requests.filter((u) => /citation-index/.test(u));
    expect(loaded.some((u) => u.endsWith('/api/citation-index.json'))).toBe(true);
    expect(loaded.some((u) => /\/_astro\/citation-index\.[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(browser().origin))).toEqual([]);
    await page.close();
  });
});
