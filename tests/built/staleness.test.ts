/**
 * The built site agrees with its own build day (/api/meta.json): every rule
 * whose status was last confirmed more than 180 days before it carries a
 * "may be out of date" notice in its facts and on its card in the rules list,
 * with a link to its official source, in both languages; no fresh rule does.
 * (tests/components/staleness.test.ts moves the day across the line.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiRulesFileSchema } from '../../src/schemas/api.ts';
import { apiMetaSchema } from '../../src/schemas/api-meta.ts';
import { isStale } from '../../src/lib/staleness.ts';
import { DIST, pageAt } from '../helpers/dist.ts';

const read = (file: string) => JSON.parse(readFileSync(join(DIST, 'api', file), 'utf8'));
const meta = apiMetaSchema.parse(read('meta.json'));
const { rules } = apiRulesFileSchema.parse(read('rules.json'));

describe.each(['', '/es'])('rule statuses on the built pages%s', (prefix) => {
  const list = pageAt(`${prefix}/rules/`).document;

  it.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const stale = isStale(rule.status.asOf, meta.built);
    const official = rule.sources.find((s) => s.official)!.url;
    const facts = pageAt(`${prefix}/rules/${id}/`).document.querySelector('.rule-meta [data-stale]');
    const card = list.querySelector(`a[href$="/rules/${id}/"]`)?.closest('article')?.querySelector('[data-stale]');
    if (stale) {
      expect(facts?.getAttribute('data-stale')).toBe(rule.status.asOf);
      expect(facts?.querySelector('a')?.getAttribute('href')).toBe(official);
      expect(card?.querySelector('a')?.getAttribute('href')).toBe(official);
    } else {
      expect(facts).toBeNull();
      expect(card).toBeNull();
    }
  });
});
