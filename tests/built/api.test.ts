/**
 * The open-data files: valid against their published schema, complete, and
 * every URL in them leads to a real anchor on a real page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { apiProvisionsFileSchema, apiRulesFileSchema } from '../../src/schemas/api.ts';
import { apiMetaSchema } from '../../src/schemas/api-meta.ts';
import { DIST, resolveInDist } from '../helpers/dist.ts';

const read = (file: string) => JSON.parse(readFileSync(join(DIST, 'api', file), 'utf8'));
const rulesFile = apiRulesFileSchema.parse(read('rules.json'));
const provisionsFile = apiProvisionsFileSchema.parse(read('provisions.json'));

describe('/api/rules.json', () => {
  it('lists every rule once, each with at least one official source', () => {
    const ids = rulesFile.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('il-trust-act');
    for (const r of rulesFile.rules)
      expect(
        r.sources.some((s) => s.official),
        r.id,
      ).toBe(true);
  });

  it('fails validation when a field is missing or wrong (the schema is not a formality)', () => {
    const broken = structuredClone(read('rules.json'));
    delete broken.rules[0].citation;
    expect(apiRulesFileSchema.safeParse(broken).success).toBe(false);
    const extra = structuredClone(read('rules.json'));
    extra.rules[0].surprise = true;
    expect(apiRulesFileSchema.safeParse(extra).success).toBe(false);
  });
});

describe('/api/provisions.json', () => {
  it('has one entry per declared provision, with unique stable ids', () => {
    const declared = rulesFile.rules.reduce((n, r) => n + r.provisions.length, 0);
    expect(provisionsFile.provisions).toHaveLength(declared);
    const ids = provisionsFile.provisions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(provisionsFile.provisions.find((p) => p.id === 'il-trust-act#15-e')).toMatchObject({
      citation: '5 ILCS 805/15(e)',
      bluebook: '5 Ill. Comp. Stat. 805/15(e)',
      aliases: ['805/15(e)', 'TRUST Act § 15(e)'],
      verification: 'official',
    });
  });

  it('points every URL at an element with that id on the built page', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    for (const p of provisionsFile.provisions) {
      const url = new URL(p.url);
      const file = resolveInDist(url.pathname);
      if (!file) {
        broken.push(p.url);
        continue;
      }
      if (!ids.has(file)) ids.set(file, new Set([...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('[id]')].map((e) => e.id)));
      if (!ids.get(file)!.has(url.hash.slice(1))) broken.push(p.url);
    }
    expect(broken).toEqual([]);
  });
});

describe('/api/meta.json', () => {
  const meta = apiMetaSchema.parse(read('meta.json'));

  it('states the build day, the commit and the newest review date, valid against its schema', () => {
    expect(meta.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.commit === null || /^[0-9a-f]{40}$/.test(meta.commit)).toBe(true);
    expect(meta.staleAfterDays).toBe(180);
    expect(apiMetaSchema.safeParse({ ...read('meta.json'), surprise: true }).success).toBe(false);
  });

  it('gives as newest review a date the content holds, no older than any rule or source check', () => {
    const dates = [
      ...rulesFile.rules.map((r) => r.lastReviewed),
      ...rulesFile.rules.flatMap((r) => r.sources.map((s) => s.checked)).filter((d): d is string => d !== null),
    ];
    for (const d of dates) expect(meta.newestReview >= d, d).toBe(true);
  });
});
