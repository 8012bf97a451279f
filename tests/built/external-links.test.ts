/**
 * One registry of outside links: every link from a built page to another
 * website is an address in content/sources/*.yaml, where it carries the day
 * someone last checked it (or is marked unchecked), or an official-text
 * address built from a rule's `officialUrl` pattern, which carries its own
 * check. A link typed straight into a page, which nobody would re-check, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { officialUrlFor } from '../../src/lib/provision-id.ts';
import { builtPages, pageAt } from '../helpers/dist.ts';

const registry = new Map<string, { checked?: string; checkedVia: string }>(
  readdirSync('content/sources')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap(
      (f) =>
        yaml.load(readFileSync(join('content/sources', f), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { url: string; checked?: string; checkedVia: string }[],
    )
    .map((s) => [s.url, s]),
);
/** Every address the rules' officialUrl patterns build, one per provision (see src/lib/rule-model.ts). */
const rules = readdirSync('content/rules')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => yaml.load(readFileSync(join('content/rules', f), 'utf8').split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }) as RuleFrontmatter);
const patterned = new Set(rules.flatMap((r) => (r.officialUrl ? r.provisions.map((p) => officialUrlFor(r.officialUrl!.pattern, p.at)) : [])));
interface RuleFrontmatter {
  officialUrl?: { pattern: string; checked?: string; checkedVia: string };
  provisions: { at: string }[];
}
const siteOrigin = new URL(pageAt('/').document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
const own = (href: string) => new URL(href).origin === siteOrigin;

describe('the source registry', () => {
  it('records, for every address, when it was checked or that it was not', () => {
    expect(registry.size).toBeGreaterThan(100);
    for (const [url, s] of registry) expect(s.checked !== undefined || s.checkedVia === 'unchecked', url).toBe(true);
  });
  it('and so does every official-address pattern of a rule', () => {
    for (const { officialUrl: u } of rules.filter((r) => r.officialUrl))
      expect(u!.checked !== undefined || u!.checkedVia === 'unchecked', u!.pattern).toBe(true);
  });
});

describe.each(builtPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('links to other websites only through the source registry', () => {
    const outside = [...page.document.querySelectorAll('a[href^="http:"], a[href^="https:"]')].map((a) => a.getAttribute('href')!).filter((href) => !own(href));
    expect(outside.filter((href) => !registry.has(href) && !patterned.has(href))).toEqual([]);
  });
});
