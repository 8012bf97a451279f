/** The glossary lists every entry, and rule text links defined terms to it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { pageAt } from '../helpers/dist.ts';

const entries = readdirSync('content/glossary')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => yaml.load(readFileSync(join('content/glossary', f), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { id: string; term: string }[]);

describe('/glossary/', () => {
  const doc = pageAt('/glossary/').document;

  it('has an entry, under its permanent anchor, for every glossary term', () => {
    for (const e of entries) expect(doc.getElementById(e.id)?.textContent, e.id).toBe(e.term);
  });

  it('points every entry to at least one provision', () => {
    for (const e of entries) expect(doc.getElementById(e.id)!.nextElementSibling!.querySelector('a.cite'), e.id).not.toBeNull();
  });
});

describe('defined terms in rule text', () => {
  it('link to their glossary entry, once per page', () => {
    const trust = pageAt('/rules/il-trust-act/').document;
    const links = [...trust.querySelectorAll('a.term')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/glossary/#immigration-detainer');
    expect(new Set(links).size).toBe(links.length);
  });
});
