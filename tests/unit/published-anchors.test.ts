/**
 * Anchors are permanent: advocates and journalists paste links such as
 * /rules/cpd-s06-14-03/#I-C. Every anchor published before is pinned in
 * tests/fixtures/published-anchors.json, and each must still be declared by
 * its rule (a reissued rule keeps the old number, with `moved` if its text
 * went elsewhere). Reads the rules' frontmatter with the real schema and
 * derives anchors with the real provisionId, so no build is needed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { provisionId } from '../../src/lib/provision-id.ts';
import { ruleSchema } from '../../src/schemas/rule.ts';

const RULES_DIR = 'content/rules';
const published = (JSON.parse(readFileSync('tests/fixtures/published-anchors.json', 'utf8')) as { rules: Record<string, string[]> }).rules;

function declaredAnchors(id: string): Set<string> {
  const text = readFileSync(join(RULES_DIR, `${id}.mdx`), 'utf8');
  const data = ruleSchema.parse(yaml.load(text.split(/^---$/m)[1], { schema: yaml.CORE_SCHEMA }));
  return new Set(data.provisions.map((p) => provisionId(p.at, p.term)));
}

const ruleIds = new Set(
  readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, '')),
);

describe('published anchors', () => {
  it('pins the anchors of every rule published before', () => {
    expect(Object.keys(published).length).toBeGreaterThanOrEqual(19);
    expect(Object.values(published).flat().length).toBeGreaterThan(150);
  });

  it.each(Object.keys(published))('rule %s still exists', (id) => {
    expect(ruleIds.has(id), `content/rules/${id}.mdx`).toBe(true);
  });

  it.each(Object.entries(published).filter(([, anchors]) => anchors.length > 0))('%s still declares every published anchor', (id, anchors) => {
    const declared = declaredAnchors(id);
    expect(
      anchors.filter((a) => !declared.has(a)),
      `anchors missing from content/rules/${id}.mdx`,
    ).toEqual([]);
  });

  it('pins the CPD directive anchors that the 2021 text gave to other items', () => {
    const declared = declaredAnchors('cpd-s06-14-03');
    for (const a of ['I-B', 'I-C', 'III-A', 'III-B']) expect(declared.has(a), a).toBe(true);
  });
});
