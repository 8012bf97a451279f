/** The timeline shows every history entry of every rule, in date order, each linked to its rule and source. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { dateSortKey } from '../../src/lib/dates.ts';
import { pageAt } from '../helpers/dist.ts';

const history = readdirSync('content/rules')
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => {
    const data = yaml.load(readFileSync(join('content/rules', f), 'utf8').split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }) as {
      history: { date: string }[];
      lang?: string;
    };
    return (data.lang ?? 'en') === 'en' ? data.history.map((h, i) => ({ rule: f.replace(/\.mdx$/, ''), i, date: h.date })) : [];
  });

describe('/timeline/', () => {
  const doc = pageAt('/timeline/').document;
  const items = [...doc.querySelectorAll('main section ol > li')];

  it('has one entry per history event in the content', () => {
    expect(items.map((li) => li.id).sort()).toEqual(history.map((h) => `${h.rule}-${h.i}`).sort());
  });

  it('is in date order', () => {
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual(dates);
  });

  it('links each entry to its rule and to a source', () => {
    for (const li of items) {
      expect(li.querySelector('a[href*="/rules/"]')).not.toBeNull();
      expect(li.querySelector('a[href^="http"]')).not.toBeNull();
      expect(li.querySelector('.badge')).not.toBeNull();
    }
  });
});
