import { describe, expect, it } from 'vitest';
import { ruleSchema } from '../../src/schemas/rule.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { validRuleData } from '../helpers/fixtures.ts';

/** Parses and returns the issues as "path: message" lines, the way a maintainer reads them. */
function issues(data: unknown): string[] {
  const result = ruleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('ruleSchema', () => {
  it('accepts a complete rule and fills defaults', () => {
    const result = ruleSchema.safeParse(validRuleData());
    expect(result.success).toBe(true);
    expect(result.data?.lang).toBe('en');
  });

  it('accepts an official-address pattern with {section} once, checked like a registry entry', () => {
    const url = (pattern: string, check: Record<string, unknown> = { checked: '2026-12-07', checkedVia: 'archive' }) => ({
      ...validRuleData(),
      officialUrl: { pattern, ...check },
    });
    expect(issues(url('https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000509990K{section}'))).toEqual([]);
    expect(issues(url('https://x.gov/{section}', { checkedVia: 'unchecked' }))).toEqual([]);
    for (const bad of [
      'https://ilga.gov/fulltext.asp?DocName=000509990K',
      'http://ilga.gov/x?s={section}',
      'https://x.gov/{section}/{section}',
      'https://x.gov/{at}?s={section}',
      'ilga.gov/{section}',
    ]) {
      expect(issues(url(bad)), bad).toEqual([expect.stringMatching(/^officialUrl\.pattern: must be an https address with \{section\} exactly once/)]);
    }
    expect(issues(url('https://x.gov/{section}', { checkedVia: 'archive' }))).toEqual([
      'officialUrl.checked: give the day you checked the pattern ("YYYY-MM-DD"), or set checkedVia: unchecked',
    ]);
    expect(issues({ ...url('https://x.gov/{section}'), provisions: [] })).toEqual([
      'officialUrl: only a rule that lists provisions has a per-provision official address',
    ]);
  });

  it('rejects an unknown key, naming it', () => {
    expect(issues({ ...validRuleData(), colour: 'red' }).join('\n')).toMatch(/colour/);
  });

  it('rejects an unknown key inside a provision', () => {
    const data = validRuleData();
    (data.provisions as Record<string, unknown>[])[1].headline = 'typo for heading';
    expect(issues(data).join('\n')).toMatch(/provisions\.1.*headline|headline/);
  });

  it('rejects an impossible date, naming the field', () => {
    expect(issues({ ...validRuleData(), lastReviewed: '2026-02-30' })).toEqual([
      'lastReviewed: "2026-02-30" is not a real date: expected a real calendar day written "YYYY-MM-DD"',
    ]);
  });

  it('rejects an unquoted YAML date, which YAML would silently roll over', () => {
    expect(issues({ ...validRuleData(), lastReviewed: new Date('2026-03-02') })[0]).toMatch(/^lastReviewed: unquoted date/);
  });

  it('accepts a month-only date in history but not in lastReviewed', () => {
    const data = validRuleData();
    (data.history as Record<string, unknown>[])[0].date = '2025-08';
    expect(issues(data)).toEqual([]);
    expect(issues({ ...validRuleData(), lastReviewed: '2025-08' })[0]).toMatch(/^lastReviewed:/);
  });

  it('requires at least one source', () => {
    expect(issues({ ...validRuleData(), sources: [] })[0]).toMatch(/^sources: list at least one source/);
  });

  it('rejects a duplicate provision, pointing at the second one', () => {
    const data = validRuleData();
    (data.provisions as unknown[]).push({ at: '15(a)', heading: 'Again', verification: 'official' });
    expect(issues(data)).toEqual(['provisions.4.at: duplicate provision "15(a)": already declared at provisions[2]']);
  });

  it('rejects a subsection whose parent is not declared', () => {
    const data = validRuleData();
    (data.provisions as unknown[]).push({ at: '25(b)', heading: 'Orphan', verification: 'official' });
    expect(issues(data)).toEqual(['provisions.4.at: "25(b)" needs its parent provision "25" to be declared first']);
  });

  it('rejects a malformed provision reference', () => {
    const data = validRuleData();
    (data.provisions as unknown[]).push({ at: '15 (b)', heading: 'Space', verification: 'official' });
    expect(issues(data)[0]).toMatch(/^provisions\.4\.at: not a well-formed provision reference/);
  });

  it('rejects a verification level that does not exist', () => {
    const data = validRuleData();
    (data.provisions as Record<string, unknown>[])[0].verification = 'probably';
    expect(issues(data)[0]).toMatch(/^provisions\.0\.verification:/);
  });

  it('rejects a citation template without {at}', () => {
    expect(issues({ ...validRuleData(), pinpoint: '5 ILCS 999' })[0]).toMatch(/^pinpoint: must contain \{at\} exactly once/);
  });

  it('rejects a kind or jurisdiction outside the taxonomy', () => {
    expect(issues({ ...validRuleData(), jurisdiction: 'texas' })[0]).toMatch(/^jurisdiction:/);
    expect(issues({ ...validRuleData(), kind: 'blog post' })[0]).toMatch(/^kind:/);
  });

  it('rejects a summary longer than one short paragraph', () => {
    expect(issues({ ...validRuleData(), summary: 'x'.repeat(701) })[0]).toMatch(/^summary: keep the summary/);
  });
});

describe('sourceSchema', () => {
  const ok = { id: 'ilga-x', title: 'X', publisher: 'ILGA', url: 'https://ilga.gov/x', official: true, checked: '2026-11-26', checkedVia: 'archive' };
  it('accepts a complete source', () => {
    expect(sourceSchema.safeParse(ok).success).toBe(true);
  });
  it('rejects a relative or non-web address', () => {
    expect(sourceSchema.safeParse({ ...ok, url: '/rules/x' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...ok, url: 'javascript:alert(1)' }).success).toBe(false);
  });
  it('requires saying whether the source is official', () => {
    const { official: _official, ...rest } = ok;
    expect(sourceSchema.safeParse(rest).success).toBe(false);
  });
});

describe('ruleSchema with badly typed lists', () => {
  it('reports a provisions list of the wrong type instead of crashing', () => {
    expect(issues({ ...validRuleData(), provisions: 'all of them' })[0]).toMatch(/^provisions:/);
    expect(issues({ ...validRuleData(), sources: 'ilga' })[0]).toMatch(/^sources:/);
  });
});

describe('ruleSchema: hierarchy, court cases and related rules', () => {
  it('accepts an explicit parent for directive items written III-A', () => {
    const data = {
      ...validRuleData(),
      provisions: [
        { at: 'III', heading: 'Definitions', verification: 'official' },
        { at: 'III-A', parent: 'III', heading: 'Administrative warrant', verification: 'official' },
      ],
    };
    expect(issues(data)).toEqual([]);
  });
  it('rejects a parent declared after its child', () => {
    const data = {
      ...validRuleData(),
      provisions: [
        { at: 'III-A', parent: 'III', heading: 'Administrative warrant', verification: 'official' },
        { at: 'III', heading: 'Definitions', verification: 'official' },
      ],
    };
    expect(issues(data)).toEqual(['provisions.0.parent: "III-A" needs its parent provision "III" to be declared first']);
  });
  it('requires a citation template only when there are provisions', () => {
    const { pinpoint: _p, ...rest } = validRuleData();
    expect(issues(rest)).toEqual(['pinpoint: required when the rule lists provisions, e.g. "5 ILCS 805/{at}"']);
    expect(issues({ ...rest, provisions: [] })).toEqual([]);
  });
  it('requires a court and docket for a court decision, and only for one', () => {
    const decision = { ...validRuleData(), kind: 'court-decision', provisions: [] };
    expect(issues(decision)).toEqual(['case: a court decision needs its court and docket number']);
    expect(issues({ ...decision, case: { court: 'N.D. Ill.', docket: 'No. 1:25-cv-01285' } })).toEqual([]);
    expect(issues({ ...validRuleData(), case: { court: 'x', docket: 'y' } })).toEqual(['case: only a court decision (kind: court-decision) has a case']);
  });
  it('rejects a related rule listed twice', () => {
    expect(issues({ ...validRuleData(), related: ['x', 'x'] })).toEqual(['related.1: "x" is listed twice']);
  });

  it('accepts a renumbered provision that says where its earlier text went, or that it was dropped', () => {
    const data = validRuleData();
    const provisions = data.provisions as Record<string, unknown>[];
    provisions[2].moved = { on: '2021-02-23', to: '15(a)(1)' };
    provisions[3].moved = { on: '2021-02-23' };
    expect(issues(data)).toEqual([]);
  });

  it('rejects a "moved" note that points to a provision the file does not declare, or to itself', () => {
    const data = validRuleData();
    const provisions = data.provisions as Record<string, unknown>[];
    provisions[2].moved = { on: '2021-02-23', to: '15(b)' };
    provisions[3].moved = { on: '2021-02-23', to: '15(a)(1)' };
    expect(issues(data)).toEqual([
      'provisions.2.moved.to: "15(a)" says its earlier text moved to "15(b)", which is not another provision declared in this file',
      'provisions.3.moved.to: "15(a)(1)" says its earlier text moved to "15(a)(1)", which is not another provision declared in this file',
    ]);
    provisions[2].moved = { on: '2021-02-30' };
    provisions[3].moved = { on: '2021-02-23', note: 'typo' };
    expect(issues(data).map((i) => i.split(':')[0])).toEqual(['provisions.2.moved.on', 'provisions.3.moved']);
  });
});

describe('sourceSchema: unchecked official links', () => {
  const base = {
    id: 'uscode-8-1357',
    title: '8 U.S.C. 1357',
    publisher: 'Office of the Law Revision Counsel',
    url: 'https://uscode.house.gov/x',
    official: true,
  };
  it('accepts a link we could not open, without a checked date', () => {
    expect(sourceSchema.safeParse({ ...base, checkedVia: 'unchecked' }).success).toBe(true);
  });
  it('requires a date for a checked link, and refuses one for an unchecked link', () => {
    expect(sourceSchema.safeParse({ ...base, checkedVia: 'archive' }).error?.issues[0].path).toEqual(['checked']);
    expect(sourceSchema.safeParse({ ...base, checkedVia: 'unchecked', checked: '2026-11-26' }).error?.issues[0].message).toMatch(/no checked date/);
  });
});
