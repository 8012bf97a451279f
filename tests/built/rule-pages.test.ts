/**
 * What every rule page must carry: every declared provision under its
 * permanent anchor with its citation, status and links; history; official
 * sources; the last-reviewed date; related rules; and the attributes Pagefind
 * uses. Runs over every rule in content/rules/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { formatPinpoint } from '../../src/lib/citation.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { provisionId } from '../../src/lib/provision-id.ts';
import { DIST, builtPages, pageAt } from '../helpers/dist.ts';

interface Frontmatter {
  title: string;
  citation: string;
  pinpoint?: string;
  jurisdiction: string;
  kind: string;
  provisions?: { at: string; term?: string }[];
  lastReviewed: string;
  history: unknown[];
  lang?: string;
}

const rules = readdirSync('content/rules')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join('content/rules', f), 'utf8');
    const data = yaml.load(text.split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }) as Frontmatter;
    return { id: f.replace(/\.mdx$/, ''), data };
  })
  .filter((r) => (r.data.lang ?? 'en') === 'en');

describe.each(rules.map((r) => [r.id, r] as const))('rule page /rules/%s/', (id, { data }) => {
  const doc = pageAt(`/rules/${id}/`).document;

  it('is in the search index with its citation as metadata and its filters', () => {
    expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(doc.querySelector('[data-pagefind-meta="citation"]')?.textContent).toBe(data.citation);
    expect(doc.querySelector('[data-pagefind-filter="jurisdiction"]')?.textContent?.trim()).not.toBe('');
    expect(doc.querySelector('[data-pagefind-filter="kind"]')?.textContent?.trim()).not.toBe('');
    expect(doc.querySelector('[data-pagefind-body] header, [data-pagefind-body] footer')).toBeNull();
  });

  it('has the title as its one h1', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(data.title);
  });

  it.each((data.provisions ?? []).map((p) => [provisionId(p.at, p.term), p] as const))(
    'shows provision #%s with its citation, status, official link and self-link',
    (pid, p) => {
      const heading = doc.getElementById(pid);
      expect(heading, `#${pid}`).not.toBeNull();
      expect(heading!.textContent).toContain(formatPinpoint(data.pinpoint!, p.at, p.term));
      const meta = heading!.parentElement!.querySelector('.provision-meta')!;
      expect(meta.querySelector('.badge')?.textContent).toMatch(/Verified against the official text|Secondary source only|Not yet verified/);
      expect(meta.querySelector(`a[href="#${pid}"]`)).not.toBeNull();
      expect(meta.querySelector('a[href^="http"]')).not.toBeNull();
      // One click to the official text of this very provision (the finest address the rule's model has).
      const official = meta.querySelector('a[data-official-text]');
      expect(official?.getAttribute('href'), `official text of #${pid}`).toMatch(/^https?:\/\/[^\s]+$/);
      expect(official?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Official text of ${formatPinpoint(data.pinpoint!, p.at, p.term)}`);
    },
  );

  it('gives every provision of the Spanish page the same official-text link, in Spanish', () => {
    const es = pageAt(`/es/rules/${id}/`).document;
    for (const p of data.provisions ?? []) {
      const pid = provisionId(p.at, p.term);
      const link = (d: Document) => d.getElementById(pid)?.parentElement?.querySelector('.provision-meta a[data-official-text]');
      expect(link(es)?.getAttribute('href'), `#${pid}`).toBe(link(doc)?.getAttribute('href'));
      expect(link(es)?.textContent, `#${pid}`).toMatch(/^Texto oficial/);
    }
  });

  it('shows when it was last reviewed, in words', () => {
    expect(doc.querySelector('.rule-meta')?.textContent).toContain('Last reviewed');
    expect(doc.querySelector(`.rule-meta time[datetime="${data.lastReviewed}"]`)?.textContent).toBe(formatDate(data.lastReviewed));
  });

  it('lists at least one official source, a history and its related rules', () => {
    const sources = doc.getElementById('rule-sources')!.parentElement!;
    const official = [...sources.querySelectorAll('h3')].find((h) => h.textContent === 'Official sources');
    expect(official, 'an "Official sources" list').toBeDefined();
    expect(official!.nextElementSibling?.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(0);
    expect(doc.getElementById('rule-history')!.parentElement!.querySelectorAll('li').length).toBe(data.history.length);
    expect(doc.getElementById('rule-related')).not.toBeNull();
  });

  it('says so when it is federal context or a court case', () => {
    const notice = doc.querySelector('main')!.textContent!;
    if (data.jurisdiction === 'federal' && data.kind !== 'court-decision') expect(notice).toContain('Federal law, for context.');
    if (data.kind === 'court-decision') expect(notice).toMatch(/A court case, with its status as of/);
  });
});

describe('the TRUST Act page', () => {
  const trust = pageAt('/rules/il-trust-act/').document;

  it('covers every section of 5 ILCS 805 we know of: 1, 5, 10, 15, 25 and 30', () => {
    expect([...trust.querySelectorAll('h3.provision-heading')].map((h) => h.id)).toEqual(['1', '5', '10', '15', '25', '30']);
  });

  it('marks what is not verified, visibly and in words', () => {
    expect(trust.querySelectorAll('.flag-unverified .flag-note').length).toBeGreaterThan(0);
    expect(trust.querySelector('.flag-note')?.textContent).toMatch(/not yet verified against the official text|secondary source only/);
  });

  it('has the history a journalist checks first', () => {
    const history = trust.getElementById('rule-history')!.parentElement!.textContent!;
    expect(history).toContain('August 28, 2017');
    expect(history).toContain('P.A. 102-234');
    expect(history).toContain('August 9, 2022');
  });
});

describe('the pages a reader could want, and the others', () => {
  it('put what a reader searches for in the index: guides, help, card, rights, home, crosswalk, timeline, glossary', () => {
    for (const path of [
      '/',
      '/help/',
      '/rights/',
      '/card/',
      '/crosswalk/',
      '/timeline/',
      '/glossary/',
      '/guides/ice-at-my-door/',
      '/es/',
      '/es/help/',
      '/es/card/',
    ]) {
      expect(pageAt(path).document.querySelector('[data-pagefind-body]'), path).not.toBeNull();
    }
  });
  it('keep lists, search, lookup and not-found pages out of it', () => {
    for (const path of ['/search/', '/cite/', '/rules/', '/guides/', '/404.html', '/es/search/', '/es/rules/', '/es/404.html']) {
      expect(pageAt(path).document.querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });
});

describe('the search index', () => {
  it('was built by Pagefind with one index per language, each holding every page of that language marked for it', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const guides = readdirSync(join(DIST, 'guides'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(guides).toBeGreaterThanOrEqual(10);
    const indexed = new Map<string, number>();
    for (const page of builtPages().filter((p) => p.document.querySelector('[data-pagefind-body]'))) {
      const lang = page.document.documentElement.getAttribute('lang')!;
      indexed.set(lang, (indexed.get(lang) ?? 0) + 1);
    }
    expect(Object.keys(entry.languages).sort()).toEqual([...indexed.keys()].sort());
    for (const [lang, count] of indexed) expect(entry.languages[lang].page_count, lang).toBe(count);
    // Every rule and every guide is among them, in English and in Spanish.
    expect(indexed.get('en')).toBeGreaterThanOrEqual(rules.length + guides);
    expect(indexed.get('es')).toBeGreaterThanOrEqual(rules.length + guides);
  });
});
