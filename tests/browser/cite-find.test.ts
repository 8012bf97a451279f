/**
 * "Find citations" on /cite/, as a journalist uses it: real paragraphs
 * (tests/fixtures/citation-paragraphs.yaml: a county ordinance, a city press
 * release, a bill as the General Assembly prints it, a complaint, a court
 * opinion, a city statement in Spanish, a case summary) pasted into the box in
 * Chromium. Every citation is listed in order, linked to its provision, and
 * those the site does not cover are marked so in words; the request log
 * shows nothing leaving the site, and the text never reaches the address.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, sharedSession } from '../helpers/browser.ts';

interface Paragraph {
  title: string;
  lang: string;
  text: string;
  finds: { text: string; lands: 'refuse' | string[] }[];
}

const { paragraphs } = yaml.load(readFileSync('tests/fixtures/citation-paragraphs.yaml', 'utf8')) as { paragraphs: Paragraph[] };
const browser = sharedSession();

interface Finding {
  text: string;
  covered: boolean;
  mark: boolean;
  links: string[];
}

async function findIn(page: Page, text: string): Promise<{ status: string; findings: Finding[] }> {
  await page.locator('#cite-find-text').fill(text);
  await page.locator('#cite-find-form button').click();
  await expect.poll(() => page.locator('#cite-find-status').textContent(), { timeout: 10_000 }).toMatch(/\S/);
  const findings = await page.locator('#cite-find-results > li').evaluateAll((lis) =>
    lis.map((li) => ({
      text: li.querySelector('p')!.textContent!,
      covered: (li as HTMLElement).dataset.covered === 'true',
      mark: li.querySelector('.not-covered') !== null,
      links: [...li.querySelectorAll('a')].map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return u.pathname + u.hash;
      }),
    })),
  );
  return { status: (await page.locator('#cite-find-status').textContent()) ?? '', findings };
}

/** "il-trust-act#10" → "/rules/il-trust-act/#10"; "us-8-usc-1357g" → "/rules/us-8-usc-1357g/" (under /es/ in Spanish). */
function address(lang: string, landing: string): string {
  const [rule, anchor] = landing.split('#');
  return `${lang === 'en' ? '' : `/${lang}`}/rules/${rule}/${anchor ? `#${anchor}` : ''}`;
}

describe('Find citations in a pasted paragraph', () => {
  it('is tested on at least three real paragraphs, one of them in Spanish', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.some((p) => p.lang === 'es')).toBe(true);
  });

  it.each(paragraphs.map((p) => [p.title, p] as const))('%s: every citation, linked or marked "not covered"', async (_title, p) => {
    const { context, origin } = browser();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}${p.lang === 'en' ? '' : `/${p.lang}`}/cite/`, { waitUntil: 'networkidle' });
    const before = page.url();
    requests.length = 0;
    const { status, findings } = await findIn(page, p.text);

    expect(findings.map((f) => f.text)).toEqual(p.finds.map((f) => f.text.replace(/\s+/g, ' ').trim()));
    for (const [i, want] of p.finds.entries()) {
      const got = findings[i];
      if (want.lands === 'refuse') {
        expect(got, `${want.text}: marked not covered`).toMatchObject({ covered: false, mark: true, links: [] });
      } else {
        expect(got, `${want.text}: linked`).toMatchObject({ covered: true, mark: false, links: want.lands.map((l) => address(p.lang, l)) });
      }
    }
    const refused = p.finds.filter((f) => f.lands === 'refuse').length;
    expect(status).toContain(String(p.finds.length));
    expect(status).toContain(String(refused));

    // Nothing left the site: after the page loaded, only its own code and citation index, and the text is not in the address.
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    for (const u of requests) expect(new URL(u).pathname, u).toMatch(/^\/(_astro\/[^/]+\.js|(es\/)?api\/citation-index\.json)$/);
    expect(page.url()).toBe(before);
    await page.close();
  });

  it('shows what it found in the page’s language, with links to the Spanish pages', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/es/cite/`);
    const { status, findings } = await findIn(page, 'Ver 5 ILCS 805/15(e) y 8 U.S.C. § 1226.');
    expect(status).toBe('Citas encontradas: 2. En este sitio: 1. No cubiertas aquí: 1.');
    expect(findings[0].links).toEqual(['/es/rules/il-trust-act/#15-e']);
    expect(findings[1]).toMatchObject({ covered: false, mark: true });
    expect(await page.locator('#cite-find-results .not-covered').textContent()).toBe('✕ No está en este sitio');
    await page.close();
  });

  it('links the rule of a part the site does not have, and says that part is not here', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}/cite/`);
    const { findings } = await findIn(page, 'The complaint cites 5 ILCS 805/99, which does not exist.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ text: '5 ILCS 805/99', covered: true, mark: false, links: ['/rules/il-trust-act/'] });
    expect(await page.locator('#cite-find-results > li').innerText()).toContain('This part is not on this site: 5 ILCS 805/99.');
    await page.close();
  });

  it('says so when a text has no citation, and keeps pasted markup inert', async () => {
    const page = await browser().context.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`${browser().origin}/cite/`);
    const { status, findings } = await findIn(page, '<img src=x onerror=alert(1)> Nothing to see here. <script>alert(2)</script>');
    expect(status).toBe('No citations found in this text.');
    expect(findings).toEqual([]);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('without JavaScript, says what it needs and shows no box that cannot work', async () => {
    const noJs = await openSession({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${noJs.origin}/cite/`);
      expect(await page.locator('#cite-find').isVisible()).toBe(false);
      expect(await page.locator('main').innerText()).toContain('Finding the citations in a pasted text needs JavaScript, which is turned off.');
    } finally {
      await noJs.close();
    }
  });
});
