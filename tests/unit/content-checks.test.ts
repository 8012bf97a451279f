import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/lib/content-checks.ts';
import { rule, source, sourceMap, validRuleData } from '../helpers/fixtures.ts';

const registry = sourceMap(source('official-999', true), source('news-999', false));

function withSources(sources: string[]) {
  return rule('example', { ...validRuleData(), sources });
}

describe('checkContent', () => {
  it('passes a rule whose sources all exist and include an official one', () => {
    expect(checkContent([withSources(['official-999', 'news-999'])], registry, 'content/sources/*.yaml')).toEqual([]);
  });

  it('names the file and field of a source missing from the registry', () => {
    const issues = checkContent([withSources(['official-999', 'news-999', 'ilga-typo'])], registry, 'content/sources/*.yaml');
    expect(issues).toEqual([{ file: 'content/rules/example.mdx', field: 'sources[2]', message: 'no source "ilga-typo" in content/sources/*.yaml' }]);
  });

  it('requires at least one official source', () => {
    const data = { ...validRuleData(), sources: ['news-999'], history: [], provisions: [] };
    const issues = checkContent([rule('example', data)], registry, 'content/sources/*.yaml');
    expect(issues.map((i) => i.field)).toEqual(['sources']);
    expect(issues[0].message).toMatch(/no official source/);
  });

  it('requires a provision source to be listed in the rule', () => {
    const issues = checkContent([withSources(['official-999'])], registry, 'content/sources/*.yaml');
    expect(issues).toEqual([
      {
        file: 'content/rules/example.mdx',
        field: 'provisions[3].source',
        message: 'source "news-999" is used here but missing from this rule\'s sources list',
      },
    ]);
  });

  it('reports an empty or unreadable registry instead of passing silently', () => {
    const issues = checkContent([], new Map(), 'content/sources/*.yaml');
    expect(issues[0]).toMatchObject({ file: 'content/sources/*.yaml', field: '(file)' });
  });

  it('formats one line per problem, file first', () => {
    expect(formatIssues([{ file: 'a.mdx', field: 'sources[0]', message: 'gone' }])).toBe('  a.mdx → sources[0]: gone');
  });
});

describe('checkContent: related rules', () => {
  it('names a related rule that does not exist, and a rule related to itself', () => {
    const a = rule('a', { ...validRuleData(), sources: ['official-999', 'news-999'], related: ['ghost', 'a'] });
    expect(checkContent([a], registry, 'content/sources/*.yaml').map((i) => `${i.field}: ${i.message}`)).toEqual([
      'related[0]: there is no rule "ghost"',
      'related[1]: a rule cannot be related to itself',
    ]);
  });
});
