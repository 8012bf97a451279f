/** The crosswalk answers every topic for every rule column, and every answer carries a citation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { CROSSWALK_COLUMNS } from '../../src/lib/crosswalk.ts';
import { pageAt } from '../helpers/dist.ts';

const topics = yaml.load(readFileSync('content/crosswalk/topics.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as {
  id: string;
  cells: Record<string, { answer?: string }>;
}[];

describe('/crosswalk/', () => {
  const doc = pageAt('/crosswalk/').document;

  it.each(topics.map((t) => [t.id, t] as const))('answers “%s” for every rule', (id, topic) => {
    const section = doc.getElementById(id)!.parentElement!;
    const rows = [...section.querySelectorAll('dl > div')];
    expect(rows.map((r) => r.querySelector('dt a')!.getAttribute('href'))).toEqual(CROSSWALK_COLUMNS.map((c) => `/rules/${c}/`));
    rows.forEach((row, i) => {
      const answered = topic.cells[CROSSWALK_COLUMNS[i]].answer !== undefined;
      if (answered) expect(row.querySelectorAll('dd a.cite').length, `${id} / ${CROSSWALK_COLUMNS[i]}`).toBeGreaterThan(0);
      else expect(row.querySelector('dd')!.textContent).toMatch(/^Not addressed\./);
    });
  });

  it('covers the topics readers ask about', () => {
    expect(topics.length).toBeGreaterThanOrEqual(12);
  });
});
