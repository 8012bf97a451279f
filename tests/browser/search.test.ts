/**
 * Search, as a reader uses it: real queries typed into the real search page
 * in Chromium, against the real Pagefind index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from '../helpers/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

async function resultLinks(page: Page) {
  return page.evaluate(() => ({
    pages: [...document.querySelectorAll('#search-results > li > h2 > a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    subs: [...document.querySelectorAll('#search-results > li ul a')].map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  }));
}

async function search(query: string) {
  const page = await session.context.newPage();
  await page.goto(`${session.origin}/search/`);
  await page.getByLabel('Citation, name or topic').fill(query);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toMatch(/results? for|No results/);
  const links = await resultLinks(page);
  return { page, links };
}

describe('searching the TRUST Act', () => {
  it.each([
    ['5 ILCS 805/15', '/rules/il-trust-act/#15'],
    ['805/15(a)', '/rules/il-trust-act/#15-a'],
    ['civil immigration warrant', '/rules/il-trust-act/#10-civil-immigration-warrant'],
    ['place of birth', '/rules/il-trust-act/#15-e'],
    ['detainer', '/rules/il-trust-act/#10-immigration-detainer'],
  ])('“%s” finds the TRUST Act, with %s among the provisions', async (query, anchor) => {
    const { page, links } = await search(query);
    expect(links.pages[0]).toBe('/rules/il-trust-act/');
    expect(links.subs).toContain(anchor);
    await page.close();
  });

  it('puts the provision a citation names first', async () => {
    for (const [query, anchor] of [
      ['5 ILCS 805/15', '/rules/il-trust-act/#15'],
      ['805/15(a)', '/rules/il-trust-act/#15-a'],
    ]) {
      const { page, links } = await search(query);
      expect(links.subs[0], query).toBe(anchor);
      await page.close();
    }
  });

  it('says so when nothing matches', async () => {
    const { page, links } = await search('zebra crossing');
    expect(links.pages).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toMatch(/^No results for “zebra crossing”/);
    await page.close();
  });
});

describe('the search page', () => {
  it('runs the query in ?q= on load, so a search can be shared as a link', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/search/?q=805%2F15`);
    await expect.poll(() => resultLinks(page).then((l) => l.pages)).toEqual(['/rules/il-trust-act/']);
    expect(await page.getByLabel('Citation, name or topic').inputValue()).toBe('805/15');
    await page.close();
  });

  it('writes the current search into the address bar', async () => {
    const { page } = await search('place of birth');
    expect(new URL(page.url()).search).toBe('?q=place+of+birth');
    await page.close();
  });

  it('works from the keyboard alone: tab to the box, type, Enter, tab to a result, Enter', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/search/`);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('place of birth');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-results a').count()).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
    }
    await Promise.all([page.waitForURL(/\/rules\/il-trust-act\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/rules/il-trust-act/');
    await page.close();
  });

  it('filters by jurisdiction and kind', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/search/?q=detainer&jurisdiction=Illinois`);
    await expect.poll(() => resultLinks(page).then((l) => l.pages)).toEqual(['/rules/il-trust-act/']);
    expect(await page.getByLabel('Illinois').isChecked()).toBe(true);
    await page.getByLabel('State statute').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=detainer&jurisdiction=Illinois&kind=State+statute');
    await page.close();
  });

  it('shows a query full of markup as plain text and runs none of it', async () => {
    const page = await session.context.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`${session.origin}/search/?q=${encodeURIComponent(hostile)}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(hostile);
    expect(await page.locator('#search-results img, #search-results script, #search-status *').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('asks nothing of any other website while searching', async () => {
    const page = await session.context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(session.origin)) foreign.push(r.url());
    });
    await page.goto(`${session.origin}/search/?q=detainer`);
    await expect.poll(() => resultLinks(page).then((l) => l.pages.length)).toBe(1);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the search page lists every rule instead', async () => {
    const noJs = await openSession({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${noJs.origin}/search/?q=805%2F15`);
      // innerText holds only rendered text: the <noscript> message shows because scripting is off.
      expect(await page.locator('#all-rules').innerText()).toContain('Search needs JavaScript, which is turned off.');
      const rules = await page.locator('#all-rules a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(rules).toContain('/rules/il-trust-act/');
      expect(await page.locator('#search-filters').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});
