import { describe, expect, it } from 'vitest';
import { compareOutlines, outlineGuide } from '../../src/lib/guide-structure.ts';

const good = `
<RightNow>
1. Keep the door closed.
2. Stay silent.
3. Call the hotline.
</RightNow>

<If title="If they show a paper">
Look at who signed it.
</If>

<Why>
The rules (<Cite rule="il-trust-act" at="15(a)" />).
</Why>

<ReportIt>
Tell the Inspector General.
</ReportIt>
`;

describe('outlineGuide', () => {
  it('reads the sections, the number of actions and each situation', () => {
    const { outline, issues } = outlineGuide(good);
    expect(issues).toEqual([]);
    expect(outline).toEqual({ sections: ['RightNow', 'If', 'Why', 'ReportIt'], actions: 3, situations: ['If they show a paper'] });
  });

  it('refuses text outside the template sections, naming the line', () => {
    const { issues } = outlineGuide(`## What the rules say\n\nSome text.\n${good}`);
    expect(issues).toContainEqual({ line: 1, message: expect.stringContaining('found a heading at the top level') });
  });

  it('refuses sections out of order', () => {
    const swapped = good.replace(/<Why>[\s\S]*<\/Why>\n/, '') + '\n<Why>\nLate.\n</Why>\n';
    expect(outlineGuide(swapped).issues.map((i) => i.message)).toContainEqual(expect.stringContaining('<Why> is out of place'));
  });

  it('refuses a "Right now" with too few or too many actions', () => {
    expect(outlineGuide(good.replace('3. Call the hotline.\n', '')).issues.map((i) => i.message)).toContainEqual('<RightNow> lists 2 actions; give 3 to 5');
    const six = good.replace('3. Call the hotline.', '3. a\n4. b\n5. c\n6. d');
    expect(outlineGuide(six).issues.map((i) => i.message)).toContainEqual('<RightNow> lists 6 actions; give 3 to 5');
  });

  it('refuses a situation without a title, and a guide without "Why" or "Report it"', () => {
    const messages = outlineGuide(good.replace(' title="If they show a paper"', '').replace(/<ReportIt>[\s\S]*<\/ReportIt>/, '')).issues.map((i) => i.message);
    expect(messages).toContain('<If> needs a title="If …" naming the situation');
    expect(messages).toContain('the guide has no <ReportIt> section');
  });

  it('reports MDX that does not parse, with its line', () => {
    const { issues } = outlineGuide('<RightNow>\n1. a\n');
    expect(issues[0].message).toMatch(/^not valid MDX/);
  });
});

describe('compareOutlines', () => {
  it('accepts a translation with the same sections and number of actions', () => {
    expect(compareOutlines(outlineGuide(good).outline, outlineGuide(good.replace('Keep the door closed.', 'Mantenga la puerta cerrada.')).outline)).toEqual([]);
  });
  it('names what a translation lacks', () => {
    const fewer = good.replace(/<If[\s\S]*?<\/If>\n/, '');
    expect(compareOutlines(outlineGuide(good).outline, outlineGuide(fewer).outline)).toEqual([
      'has the sections RightNow, Why, ReportIt; the English guide has RightNow, If, Why, ReportIt',
    ]);
  });
});

describe('elementAttributes', () => {
  it('lists the ids of every <Contact> in a body, each once, from the MDX tree', async () => {
    const { elementAttributes } = await import('../../src/lib/mdx-tree.ts');
    const body = '<Contact id="a">x</Contact>\n\nText <Contact id="b" /> and `<Contact id="c">` in code.\n\n<Contact id="a">again</Contact>\n';
    expect(elementAttributes(body, 'Contact', 'id')).toEqual(['a', 'b']);
  });
});
