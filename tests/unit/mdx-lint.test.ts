import { describe, expect, it } from 'vitest';
import { lintInlineComponents } from '../../src/lib/mdx-lint.ts';

describe('lintInlineComponents', () => {
  it('flags a citation alone on a line in the middle of a paragraph, with its line number', () => {
    const issues = lintInlineComponents('Intro.\n\nPolice may not ask\n<Cite rule="il-trust-act" at="15(e)" />\nabout status.\n');
    expect(issues).toHaveLength(1);
    expect(issues[0].line).toBe(4);
    expect(issues[0].message).toMatch(/<Cite> is alone on its own line inside a paragraph/);
  });

  it('flags an opening <Unverified> tag alone before running text', () => {
    expect(lintInlineComponents('<Unverified level="secondary">\nThe signing date comes from a copy.</Unverified>')).toHaveLength(1);
  });

  it('flags a <Deadline> alone on a line inside a sentence: its words would become a paragraph of their own', () => {
    expect(
      lintInlineComponents('Hospitals\n<Deadline date="2026-01-01" before="must have one by {date}" after="had to have one by {date}" />\nunder the law.'),
    ).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/<Deadline> is alone on its own line inside a paragraph/) })]);
  });

  it('accepts the component on the same line as text, in an indented list item, or between blank lines', () => {
    expect(lintInlineComponents('Police may not ask (<Cite rule="a" at="1" />)\nabout status.')).toEqual([]);
    expect(lintInlineComponents('- A list item\n  <Cite rule="a" at="1" />\n  goes on.')).toEqual([]);
    expect(lintInlineComponents('Text.\n\n<SourceLink id="x">Source</SourceLink>\n\nMore.')).toEqual([]);
    expect(lintInlineComponents('<Provision at="15(e)">\nBody text.\n</Provision>')).toEqual([]);
  });

  it('gives the column, and reads the tree: a loose list item or a quote splits the sentence too', () => {
    expect(lintInlineComponents('- Item one.\n\n- A list item\n  <Cite rule="a" at="1" />\n  goes on.')).toEqual([
      expect.objectContaining({ line: 4, column: 3 }),
    ]);
    expect(lintInlineComponents('> Quoted\n> <SitePath path="/help/" />\n> text.')).toHaveLength(1);
    expect(lintInlineComponents('Text <Cite rule="a" at="1" />\n<Cite rule="b" at="2" /> and more.')).toEqual([]);
  });

  it('says when a body is not valid MDX, with its place', () => {
    expect(lintInlineComponents('<Cite rule="a" at="1"\nbroken')).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/^not valid MDX: /) }),
    ]);
  });

  it('ignores code blocks', () => {
    expect(lintInlineComponents('```mdx\nText\n<Cite rule="a" at="1" />\nmore\n```')).toEqual([]);
  });
});
