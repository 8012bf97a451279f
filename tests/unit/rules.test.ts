import { describe, expect, it } from 'vitest';
import { parentOf } from '../../src/lib/provision-id.ts';
import { buildRuleModel, provisionOf } from '../../src/lib/rule-model.ts';
import { findProvision, provisionPath, rulePath, type Rule } from '../../src/lib/rules.ts';
import type { Source } from '../../src/schemas/source.ts';
import { sortRules } from '../../src/lib/rule-order.ts';
import { sitePath } from '../../src/lib/site.ts';
import { rule, source, sourceMap, validRuleData } from '../helpers/fixtures.ts';

const example = rule('example', { ...validRuleData(), sources: ['official-999', 'news-999'] });
const registry = sourceMap(source('news-999', false), source('official-999', true));
// The facts these tests pin are now read from the rule model (src/lib/rule-model.ts).
const provisionCitation = (r: Rule, at: string, term?: string) => provisionOf(buildRuleModel(r, registry), at, term)!.citation;
const provisionSourceId = (r: Rule, at: string, term: string | undefined, sources: Map<string, Source>) =>
  provisionOf(buildRuleModel(r, sources), at, term)!.sourceId;
const provisionDepth = (r: Rule, at: string, term?: string) => provisionOf(buildRuleModel(r, registry), at, term)!.depth;

describe('findProvision and provisionCitation', () => {
  it('finds a declared provision and prints its citation', () => {
    expect(findProvision(example, '15(a)')?.heading).toBe('First rule');
    expect(provisionCitation(example, '15(a)')).toBe('5 ILCS 999/15(a)');
  });
  it('finds nothing for an undeclared one', () => {
    expect(findProvision(example, '15(b)')).toBeUndefined();
  });
});

describe('provisionSourceId', () => {
  it('uses the provision’s own source', () => {
    expect(provisionSourceId(example, '15(a)(1)', undefined, registry)).toBe('news-999');
  });
  it('falls back to the rule’s first official source', () => {
    expect(provisionSourceId(example, '15(a)', undefined, registry)).toBe('official-999');
  });
  it('inherits the nearest ancestor’s source', () => {
    const data = validRuleData();
    (data.provisions as Record<string, unknown>[])[1].source = 'news-999';
    expect(provisionSourceId(rule('x', data), '15(a)', undefined, registry)).toBe('news-999');
  });
});

describe('paths', () => {
  it('builds rule and provision paths under the site base', () => {
    expect(rulePath('/', 'il-trust-act')).toBe('/rules/il-trust-act/');
    expect(provisionPath('/', 'il-trust-act', '15(e)')).toBe('/rules/il-trust-act/#15-e');
    expect(provisionPath('/some/base/', 'il-trust-act', '10', 'contact information')).toBe('/some/base/rules/il-trust-act/#10-contact-information');
    expect(rulePath('/some/base', 'x')).toBe('/some/base/rules/x/');
    expect(sitePath('/some/base/', '/search/')).toBe('/some/base/search/');
  });
});

describe('sortRules', () => {
  it('lists state law first, then city, county and federal; statutes before orders', () => {
    const r = (id: string, jurisdiction: string, kind: string) => rule(id, { ...validRuleData(), title: id, jurisdiction, kind });
    const sorted = sortRules([
      r('federal', 'federal', 'federal-statute'),
      r('chicago', 'chicago', 'ordinance'),
      r('il-directive', 'illinois', 'public-act'),
      r('il-statute', 'illinois', 'statute'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['il-statute', 'il-directive', 'chicago', 'federal']);
  });
});

describe('provisionDepth and parentOf', () => {
  it('follows parentheses, explicit parents and terms', () => {
    const data = {
      ...validRuleData(),
      provisions: [
        { at: 'III', heading: 'x', verification: 'official' },
        { at: 'III-A', parent: 'III', heading: 'x', verification: 'official' },
        { at: 'III-A(1)', heading: 'x', verification: 'official' },
        { at: 'III', term: 'detainer', heading: 'x', verification: 'official' },
      ],
    };
    const r = rule('d', data);
    expect(provisionDepth(r, 'III')).toBe(0);
    expect(provisionDepth(r, 'III-A')).toBe(1);
    expect(provisionDepth(r, 'III-A(1)')).toBe(2);
    expect(provisionDepth(r, 'III', 'detainer')).toBe(1);
    expect(parentOf({ at: '15(a)' })).toBe('15');
    expect(parentOf({ at: 'III-A', parent: 'III' })).toBe('III');
  });
});
