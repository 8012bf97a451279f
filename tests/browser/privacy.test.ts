/**
 * The privacy promise, checked the way a reader's browser meets it: Chromium
 * opens every page listed in the sitemap (and runs a search in each language)
 * under the site's real headers, and nothing may reach another origin, set a
 * cookie, write to any storage, or log an error (a Content-Security-Policy
 * violation is logged as an error).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';

const browser = sharedSession();

function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return maps.flatMap((m) => [...readFileSync(join(DIST, m), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((u) => new URL(u[1]).pathname + new URL(u[1]).search));
}

describe('a crawl of every page in the sitemap, plus a search in each language', () => {
  const paths = sitemapPaths();

  it('covers the whole site', () => {
    expect(paths.length).toBeGreaterThan(80);
  });

  it('makes no request to another origin, sets no cookie, stores nothing and logs no error', async () => {
    const { context, origin } = browser();
    const foreign: string[] = [];
    const errors: string[] = [];
    const storage: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    const visits = [...paths, '/search/?q=detainer', '/es/search/?q=estatus%20migratorio', '/cite/?q=805%2F15(e)'];
    for (const path of visits) {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      const used = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        idb: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        cookie: document.cookie,
      }));
      if (used.local || used.session || used.idb || used.caches || used.workers || used.cookie) storage.push(`${path}: ${JSON.stringify(used)}`);
    }
    await page.close();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(storage).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

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
