/**
 * Hostile input in the two places that take free text, the search page and
 * the citation lookup: each string goes in through the shareable ?q= link (as
 * an attacker would send it) and must come back as plain text. Nothing runs,
 * no element or link is injected, and the page still answers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedSession, STATE_WAIT } from '../helpers/browser.ts';

const browser = sharedSession();

const HOSTILE: [string, string][] = [
  ['a script tag', '<script>window.__pwned = 1</script>'],
  ['an image with an error handler', '"><img src=x onerror="window.__pwned=1">'],
  ['an SVG with an onload handler', '<svg onload=window.__pwned=1>'],
  ['a javascript: URL', 'javascript:window.__pwned=1'],
  ['an attribute breakout', "805/15(e)' onmouseover='window.__pwned=1"],
  ['a closing tag breakout', '</title></textarea><script>window.__pwned=1</script>'],
  ['template syntax', '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}'],
  ['percent-encoded markup', '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'],
  ['very long input (about 6 kB in the link)', 'detainer '.repeat(600)],
  ['a right-to-left override', '\u202Eniatd\u202C 805/15'],
  ['zero-width characters inside a word', 'de\u200Btai\u200Dner'],
  ['control characters', 'a\u0000b\u0007c\u001Bd'],
  ['stacked combining marks, a byte-order mark and emoji', 'e\u0301\u0301\u0301\u0301 \uFEFF🚨🚨🚨'],
  ['SQL-style input', "' OR 1=1; DROP TABLE rules; --"],
];

async function inert(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if ((window as unknown as { __pwned?: number }).__pwned !== undefined) problems.push('script ran');
    for (const s of document.querySelectorAll('script')) if (!s.src) problems.push(`inline script: ${s.outerHTML.slice(0, 60)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) problems.push(`${el.tagName} ${attr}`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^\s*javascript:/i.test(href)) problems.push(`javascript: link on ${el.tagName}`);
    }
    for (const tag of ['img', 'svg', 'iframe', 'object', 'embed']) {
      for (const el of document.querySelectorAll(`main ${tag}`)) if (!el.closest('.card-qr')) problems.push(`injected <${tag}>`);
    }
    return problems;
  });
}

describe.each([
  ['the search page', '/search/', /results? for|No results/],
  ['the citation lookup', '/cite/', /Go to|not a citation|not on this site|part of it|no such|We do not have|does not exist|not/i],
])('%s', (_name, path, answered) => {
  it.each(HOSTILE)('treats %s as plain text', async (_kind, query) => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const title = await (await page.goto(`${browser().origin}${path}`))!.text().then((html) => /<title>([^<]*)<\/title>/.exec(html)![1]);
    await page.goto(`${browser().origin}${path}?q=${encodeURIComponent(query)}`);
    const status = path === '/search/' ? page.locator('#search-status') : page.locator('main');
    await expect.poll(() => status.textContent(), STATE_WAIT).toMatch(answered);
    expect(await inert(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.title()).toBe(title.replace(/&amp;/g, '&'));
    // What the reader typed is shown back as text, whole (up to the 200-character limit).
    const box = page.locator('input[name="q"]');
    expect(
      query
        .replace(/\s+/g, ' ')
        .trim()
        .startsWith((await box.inputValue()).replace(/\s+/g, ' ').trim().slice(0, 50)),
    ).toBe(true);
    await page.close();
  });
});
