/**
 * The privacy promise, as the host sends it: the security headers on every
 * page, and the meta policy that blocks an inline script where a host ignores
 * headers. That no page reaches another origin, sets a cookie, stores anything
 * or logs an error is checked on every built page (and on a search in each
 * language and a citation lookup) in tests/browser/every-page.test.ts, on the
 * same load as axe and the reflow check.
 */
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

describe('the security headers', () => {
  it('come with every page, as the static hosts send them', async () => {
    const response = await browser().context.request.get(`${browser().origin}/rules/il-trust-act/`);
    const h = response.headers();
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(h['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['permissions-policy']).toMatch(/geolocation=\(\)/);
  });

  it('block an inline script even where the host ignores headers (the meta policy)', async () => {
    const page = await browser().context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.route(`${browser().origin}/about/`, async (route) => {
      const original = await route.fetch();
      // Serve the page without its headers, as GitHub Pages would, with an injected inline script.
      const body = (await original.text()).replace('</main>', '<script>document.title = "pwned"</script></main>');
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    await page.goto(`${browser().origin}/about/`);
    expect(await page.title()).not.toBe('pwned');
    expect(blocked.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });
});
