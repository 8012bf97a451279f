/**
 * Search, as a reader uses it: real queries typed into the real search page
 * in Chromium, against the real Pagefind index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, sharedSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';

const browser = sharedSession();

async function resultLinks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#search-results > li')].map((li) => ({
      page: new URL((li.querySelector('h2 > a') as HTMLAnchorElement).href).pathname,
      subs: [...li.querySelectorAll('ul a')].map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return u.pathname + u.hash;
      }),
    })),
  );
}

async function search(query: string, lang: 'en' | 'es' = 'en') {
  const page = await browser().context.newPage();
  await page.goto(`${browser().origin}${lang === 'es' ? '/es' : ''}/search/`);
  await page.getByLabel(lang === 'es' ? 'Cita, nombre o tema' : 'Citation, name or topic').fill(query);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
    .toMatch(lang === 'es' ? /resultados? para|No hay resultados/ : /results? for|No results/);
  // Results come five at a time; load them all, as a reader pressing "Show more" would.
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await more.click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(shown);
  }
  const results = await resultLinks(page);
  await page.close();
  return results;
}

describe('searching the TRUST Act (issue: site platform)', () => {
  it.each([
    ['5 ILCS 805/15', '/rules/il-trust-act/#15'],
    ['805/15(a)', '/rules/il-trust-act/#15-a'],
    ['civil immigration warrant', '/rules/il-trust-act/#10-civil-immigration-warrant'],
    ['place of birth', '/rules/il-trust-act/#15-e'],
    ['detainer', '/rules/il-trust-act/#10-immigration-detainer'],
  ])('“%s” finds the TRUST Act among the top results, with %s among its provisions', async (query, anchor) => {
    const results = await search(query);
    const trust = results.slice(0, 5).find((r) => r.page === '/rules/il-trust-act/');
    expect(trust, `TRUST Act in the top 5 for ${query}`).toBeDefined();
    expect(trust!.subs).toContain(anchor);
  });
});

describe('on a phone', () => {
  it('shows the first result on the first screen, with the filters folded away until asked for', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=detainer`);
    const first = page.locator('#search-results > li h2').first();
    await expect.poll(() => first.count()).toBe(1);
    expect((await first.boundingBox())!.y + 20).toBeLessThan(page.viewportSize()!.height);
    expect(await page.getByLabel('Illinois').isVisible()).toBe(false);
    await page.getByText('Filter by whose rule it is and its kind').click();
    expect(await page.getByLabel('Illinois').isVisible()).toBe(true);
    await page.close();
  });
});

describe('more results', () => {
  it('shows five results, then five more at a time, moving keyboard focus to the first new one', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=police`);
    const items = page.locator('#search-results > li');
    await expect.poll(() => items.count()).toBe(5);
    const status = (await page.locator('#search-status').textContent())!;
    const total = Number(/^(\d+) results/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    const more = page.getByRole('button', { name: 'Show 5 more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(10);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.matches('#search-results > li:nth-child(6)'))).toBe(true);
    while (await page.locator('#search-more').isVisible()) {
      const shown = await items.count();
      await page.locator('#search-more').click();
      await expect.poll(() => items.count()).toBeGreaterThan(shown);
    }
    expect(await items.count()).toBe(total);
    await page.close();
  });
});

describe('searching in Spanish (issue: Spanish throughout)', () => {
  it('“solicitud de retención” (a detainer) finds Spanish pages, the TRUST Act among them with its detainer definition', async () => {
    const results = await search('solicitud de retención', 'es');
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.page.startsWith('/es/'))).toEqual([]);
    const trust = results.find((r) => r.page === '/es/rules/il-trust-act/');
    expect(trust?.subs).toContain('/es/rules/il-trust-act/#10-immigration-detainer');
  });

  it('“estatus migratorio” finds Spanish pages, with the TRUST Act’s ban on asking about status', async () => {
    const results = await search('estatus migratorio', 'es');
    expect(results.filter((r) => !r.page.startsWith('/es/'))).toEqual([]);
    const trust = results.find((r) => r.page === '/es/rules/il-trust-act/');
    expect(trust?.subs).toContain('/es/rules/il-trust-act/#15-e');
    expect(results.map((r) => r.page)).toContain('/es/guides/police-ask-status-or-birthplace/');
  });

  it('“ICE en mi puerta” brings the Spanish guide for ICE at the door first', async () => {
    const results = await search('ICE en mi puerta', 'es');
    expect(results[0]?.page).toBe('/es/guides/ice-at-my-door/');
    expect(results.filter((r) => !r.page.startsWith('/es/'))).toEqual([]);
  });

  it('keeps English searches to English pages', async () => {
    const results = await search('detainer');
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.page.startsWith('/es/'))).toEqual([]);
  });
});

describe('the right rule first (issue: every rule a Chicago reader needs)', () => {
  it.each([
    ['5 ILCS 805/15', '/rules/il-trust-act/', '/rules/il-trust-act/#15'],
    ['805/15(a)', '/rules/il-trust-act/', '/rules/il-trust-act/#15-a'],
    ['2-173-020', '/rules/chicago-welcoming-city/', '/rules/chicago-welcoming-city/#2-173-020'],
    ['2-173-020(a)(4)', '/rules/chicago-welcoming-city/', '/rules/chicago-welcoming-city/#2-173-020-a-4'],
    ['S06-14-03', '/rules/cpd-s06-14-03/', null],
    ['Special Order S06-14-03', '/rules/cpd-s06-14-03/', null],
    ['Watch Operations Lieutenant', '/rules/cpd-s06-14-03/', null],
    ['287(g)', '/rules/us-8-usc-1357g/', '/rules/us-8-usc-1357g/#1357-g'],
    ['46-37', '/rules/cook-county-46-37/', '/rules/cook-county-46-37/#46-37'],
    ['courthouse', '/rules/il-pa-104-0440/', null],
  ])('“%s” brings %s first', async (query, first, anchor) => {
    const results = await search(query);
    expect(results[0]?.page).toBe(first);
    if (anchor) expect(results[0].subs[0]).toBe(anchor);
  });

  it('“place of birth” brings the resident guide first and the TRUST Act, at 15(e), right after it', async () => {
    const results = await search('place of birth');
    expect(results[0]?.page).toBe('/guides/police-ask-status-or-birthplace/');
    expect(results[1]?.page).toBe('/rules/il-trust-act/');
    expect(results[1].subs[0]).toBe('/rules/il-trust-act/#15-e');
  });

  it('“U visa” brings a U visa rule first, and both of them near the top', async () => {
    const results = await search('U visa');
    expect(['/rules/il-voices-act/', '/rules/cpd-s02-06/']).toContain(results[0]?.page);
    const top = results.slice(0, 3).map((r) => r.page);
    expect(top).toEqual(expect.arrayContaining(['/rules/il-voices-act/', '/rules/cpd-s02-06/']));
  });

  it('says so when nothing matches', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=qxzvqj`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^No results for “qxzvqj”/);
    expect(await resultLinks(page)).toEqual([]);
    await page.close();
  });
});

describe('the search page', () => {
  it('runs the query in ?q= on load, so a search can be shared as a link', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=805%2F15`);
    await expect.poll(() => resultLinks(page).then((r) => r[0]?.page)).toBe('/rules/il-trust-act/');
    expect(await page.getByLabel('Citation, name or topic').inputValue()).toBe('805/15');
    await page.close();
  });

  it('writes the current search into the address bar', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/`);
    await page.getByLabel('Citation, name or topic').fill('place of birth');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=place+of+birth');
    await page.close();
  });

  it('works from the keyboard alone: tab to the box, type, Enter, tab to a result, Enter', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/`);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('805/15(e)');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks(page).then((r) => r[0]?.page)).toBe('/rules/il-trust-act/');
    await expect.poll(() => page.locator('#search-results a').count()).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
    }
    await Promise.all([page.waitForURL(/\/rules\/il-trust-act\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/rules/il-trust-act/');
    await page.close();
  });

  it('filters by jurisdiction and kind', async () => {
    const rules = JSON.parse(readFileSync(join(DIST, 'api', 'rules.json'), 'utf8')).rules as { id: string; jurisdiction: string; kind: string }[];
    const byPath = new Map(rules.map((r) => [`/rules/${r.id}/`, r]));
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/search/?q=detainer&jurisdiction=Illinois`);
    await expect.poll(() => resultLinks(page).then((r) => r.length)).toBeGreaterThan(0);
    const illinois = (await resultLinks(page)).map((r) => byPath.get(r.page)!.jurisdiction);
    expect(new Set(illinois)).toEqual(new Set(['illinois']));
    expect(await page.getByLabel('Illinois').isChecked()).toBe(true);
    await page.getByLabel('State statute').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=detainer&jurisdiction=Illinois&kind=State+statute');
    await expect.poll(async () => new Set((await resultLinks(page)).map((r) => byPath.get(r.page)!.kind))).toEqual(new Set(['statute']));
    await page.close();
  });

  it('shows a query full of markup as plain text and runs none of it', async () => {
    const page = await browser().context.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`${browser().origin}/search/?q=${encodeURIComponent(hostile)}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(hostile);
    expect(await page.locator('#search-results img, #search-results script, #search-status *').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('asks nothing of any other website while searching', async () => {
    const page = await browser().context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(browser().origin)) foreign.push(r.url());
    });
    await page.goto(`${browser().origin}/search/?q=detainer`);
    await expect.poll(() => resultLinks(page).then((r) => r.length)).toBeGreaterThan(0);
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
      const all = JSON.parse(readFileSync(join(DIST, 'api', 'rules.json'), 'utf8')).rules.length;
      expect(rules).toContain('/rules/il-trust-act/');
      expect(rules).toHaveLength(all);
      expect(await page.locator('#search-filters').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});
