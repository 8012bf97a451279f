import { describe, expect, it } from 'vitest';
import { buildRelations, citedRuleIds } from '../../src/lib/relations.ts';

describe('citedRuleIds', () => {
  it('finds every rule a body cites, once each, in order', () => {
    const body = 'See <Cite rule="il-trust-act" at="15(a)" /> and <Cite at="2" rule=\'chicago-wco\' />, again <Cite rule="il-trust-act" />.';
    expect(citedRuleIds(body)).toEqual(['il-trust-act', 'chicago-wco']);
  });
  it('ignores other components and plain text', () => {
    expect(citedRuleIds('<SourceLink id="x">rule="y"</SourceLink> rule="z"')).toEqual([]);
  });
  it('reads the MDX tree: a block <Cite>, a nested one, never one inside code', () => {
    const body =
      '<Provision at="1">\nSee\n\n<Cite rule="b" />\n\n- and <Cite rule="c" at="2" />\n</Provision>\n\n```mdx\n<Cite rule="d" />\n```\n\nInline `<Cite rule="e" />` too.';
    expect(citedRuleIds(body)).toEqual(['b', 'c']);
  });
});

describe('buildRelations', () => {
  const relations = buildRelations([
    { id: 'a', body: '<Cite rule="b" /> <Cite rule="a" at="1" />', related: [] },
    { id: 'b', body: '', related: ['c'] },
    { id: 'c', body: '<Cite rule="a" />', related: [] },
  ]);
  it('links a citation both ways, and never a rule to itself', () => {
    expect([...relations.get('a')!.get('b')!]).toEqual(['cites']);
    expect([...relations.get('b')!.get('a')!]).toEqual(['cited-by']);
    expect(relations.get('a')!.has('a')).toBe(false);
  });
  it('shows a "related" entry on both rules', () => {
    expect([...relations.get('b')!.get('c')!]).toEqual(['see-also']);
    expect([...relations.get('c')!.get('b')!]).toEqual(['see-also']);
  });
  it('keeps both directions when two rules cite each other', () => {
    expect([...relations.get('a')!.get('c')!].sort()).toEqual(['cited-by']);
    expect([...relations.get('c')!.get('a')!].sort()).toEqual(['cites']);
  });
  it('ignores citations of rules that do not exist (the build reports those)', () => {
    expect(buildRelations([{ id: 'a', body: '<Cite rule="ghost" />', related: [] }]).get('a')!.size).toBe(0);
  });
});
