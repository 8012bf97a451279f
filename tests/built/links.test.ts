/**
 * Every link inside the site goes somewhere real, down to the #fragment:
 * pinpoint citations are only as good as the anchors they point to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { builtPages, resolveInDist } from '../helpers/dist.ts';

const ORIGIN = 'http://site.invalid';
const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
    idsCache.set(file, ids);
  }
  return ids;
}

describe.each(pages.map((p) => [p.path, p] as const))('links on %s', (_path, page) => {
  const links = [...page.document.querySelectorAll('a[href], link[href]')]
    .map((el) => el.getAttribute('href')!)
    .filter((href) => !/^(https?:|mailto:|tel:)/.test(href) || href.startsWith(ORIGIN));

  it('all resolve to a page and, for a #fragment, to an element with that id', () => {
    const broken: string[] = [];
    for (const href of links) {
      const url = new URL(href, ORIGIN + page.path);
      const target = url.pathname === page.path ? page.file : resolveInDist(url.pathname);
      if (!target) {
        broken.push(`${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) broken.push(`${href} (no element with id "${fragment}")`);
    }
    expect(broken).toEqual([]);
  });
});

describe('the link checker itself', () => {
  it('notices a missing page and a missing anchor', () => {
    expect(resolveInDist('/rules/no-such-rule/')).toBeUndefined();
    const trust = resolveInDist('/rules/il-trust-act/')!;
    expect(idsIn(trust).has('15-e')).toBe(true);
    expect(idsIn(trust).has('15-z')).toBe(false);
  });
});
