/**
 * What a rule page must carry: every declared provision under its permanent
 * anchor with its citation, status and official link; history; sources;
 * last-reviewed date; and the attributes Pagefind uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { provisionId } from '../../src/lib/provision-id.ts';
import { DIST, pageAt } from '../helpers/dist.ts';

function frontmatter(file: string) {
  const text = readFileSync(file, 'utf8');
  return yaml.load(text.split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }) as {
    provisions: { at: string; term?: string }[];
    lastReviewed: string;
  };
}

const trust = pageAt('/rules/il-trust-act/').document;
const data = frontmatter('content/rules/il-trust-act.mdx');

describe('the TRUST Act page', () => {
  it('is the only kind of page in the search index, with its citation as metadata and filters', () => {
    const body = trust.querySelector('[data-pagefind-body]');
    expect(body).not.toBeNull();
    expect(trust.querySelector('[data-pagefind-meta="citation"]')?.textContent).toBe('5 ILCS 805');
    expect(trust.querySelector('[data-pagefind-filter="jurisdiction"]')?.textContent).toBe('Illinois');
    expect(trust.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('State statute');
    for (const path of ['/', '/about/', '/search/', '/rules/', '/404.html']) {
      expect(pageAt(path).document.querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });

  it('keeps the site header and footer out of the index', () => {
    expect(trust.querySelector('[data-pagefind-body] header, [data-pagefind-body] footer')).toBeNull();
  });

  it.each(data.provisions.map((p) => [provisionId(p.at, p.term), p] as const))('has provision #%s with citation, status and links', (id, p) => {
    const heading = trust.getElementById(id);
    expect(heading, `#${id}`).not.toBeNull();
    expect(heading!.textContent).toContain(`5 ILCS 805/${p.at}`);
    const meta = heading!.parentElement!.querySelector('.provision-meta')!;
    expect(meta.querySelector('.badge')?.textContent).toMatch(/Verified against the official text|Secondary source only|Not yet verified/);
    expect(meta.querySelector(`a[href="#${id}"]`)).not.toBeNull();
    expect(meta.querySelector('a[href^="http"]')).not.toBeNull();
  });

  it('shows when it was last reviewed, in words', () => {
    expect(trust.querySelector('.rule-meta')?.textContent).toContain('Last reviewed');
    expect(trust.querySelector(`time[datetime="${data.lastReviewed}"]`)?.textContent).toBe('November 26, 2026');
  });

  it('lists its official sources and its history', () => {
    const sources = trust.getElementById('rule-sources')!.parentElement!;
    expect(sources.textContent).toContain('Official sources');
    expect(sources.querySelector('a[href^="http://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3818"]')).not.toBeNull();
    const history = trust.getElementById('rule-history')!.parentElement!.textContent!;
    expect(history).toContain('August 28, 2017');
    expect(history).toContain('P.A. 102-234');
    expect(history).toContain('August 9, 2022');
  });

  it('marks what is not verified, visibly and in words', () => {
    expect(trust.querySelectorAll('.flag-unverified .flag-note').length).toBeGreaterThan(0);
    expect(trust.querySelector('.flag-note')?.textContent).toMatch(/not yet verified against the official text|secondary source only/);
  });
});

describe('the search index', () => {
  it('was built by Pagefind, in English, with every rule page', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
  });
});
