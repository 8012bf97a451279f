/**
 * The site under a base path (SITE_BASE=/some/base/, as on a GitHub Pages
 * project site): every internal link, asset, alternate, canonical and
 * service-worker file stays under the base and resolves to a built file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, BASE_DIST, BASE_SITE, buildUnderBasePath } from '../helpers/base-path-build.ts';
import { resolveInDist } from '../helpers/dist.ts';

/** A path under the base that leads to a built file. */
function resolves(pathname: string): boolean {
  return pathname.startsWith(BASE) && resolveInDist(pathname.slice(BASE.length - 1), BASE_DIST) !== undefined;
}

let pages: { path: string; document: Document }[] = [];

beforeAll(() => {
  const { ok, output } = buildUnderBasePath();
  if (!ok) throw new Error(`the base-path build failed:\n${output.slice(-3000)}`);
  pages = readdirSync(BASE_DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => ({ path: f.split(sep).join('/'), document: parseHTML(readFileSync(join(BASE_DIST, f), 'utf8')).document as unknown as Document }));
});

describe('the site built under /some/base/', () => {
  it('builds every page', () => {
    expect(pages.length).toBeGreaterThan(80);
  });

  it('links, loads and names only addresses under the base that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const refs = [...page.document.querySelectorAll('a[href], link[href], script[src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')!);
      for (const ref of refs) {
        if (/^(mailto:|tel:|#)/.test(ref)) continue;
        const url = new URL(ref, `${BASE_SITE}${BASE}${page.path}`);
        if (url.origin !== BASE_SITE) continue;
        if (!resolves(url.pathname)) broken.push(`${page.path}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes the service worker, offline lists and headers for the base', () => {
    const manifest = JSON.parse(readFileSync(join(BASE_DIST, 'offline-en.json'), 'utf8')) as { files: string[] };
    expect(manifest.files.filter((f) => !resolves(`${BASE}${f}`))).toEqual([]);
    expect(readFileSync(join(BASE_DIST, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}\\*$`, 'm'));
    expect(readFileSync(join(BASE_DIST, '.well-known', 'security.txt'), 'utf8')).toContain(`Contact: ${BASE_SITE}${BASE}about/#report-a-problem`);
    expect(existsSync(join(BASE_DIST, 'sw.js'))).toBe(true);
  });
});
