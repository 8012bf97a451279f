import { describe, expect, it } from 'vitest';
import { buildCitationIndex, lookupCitation, nearestProvisions, type CitableRule } from '../../src/lib/citation-index.ts';

const prov = (...ats: string[]) => ats.map((at) => ({ at, heading: `heading ${at}` }));

const rules: CitableRule[] = [
  {
    id: 'trust',
    title: 'Illinois TRUST Act',
    shortTitle: 'TRUST Act',
    citation: '5 ILCS 805',
    pinpoint: '5 ILCS 805/{at}',
    aliases: ['IL TRUST Act', 'Public Act 100-463'],
    provisions: prov('1', '5', '15', '15(a)', '15(e)', '25', '25(a)', '30'),
  },
  {
    id: 'wco',
    title: 'Welcoming City Ordinance',
    shortTitle: 'Welcoming City Ordinance',
    citation: 'Chicago Municipal Code ch. 2-173',
    pinpoint: 'MCC § {at}',
    aliases: ['2-173', 'WCO'],
    provisions: prov('2-173-005', '2-173-020', '2-173-020(a)', '2-173-020(a)(4)', '2-173-069', '2-173-070'),
  },
  {
    id: 'g',
    title: '287(g) agreements',
    shortTitle: '287(g)',
    citation: '8 U.S.C. § 1357(g)',
    pinpoint: '8 U.S.C. § {at}',
    aliases: ['INA 287(g)'],
    provisions: prov('1357(g)', '1357(g)(1)', '1357(g)(9)'),
  },
  {
    id: 'info',
    title: 'Sharing status information',
    shortTitle: 'Section 1373',
    citation: '8 U.S.C. § 1373',
    pinpoint: '8 U.S.C. § {at}',
    aliases: [],
    provisions: prov('1373'),
  },
  {
    id: 'cook',
    title: 'Cook County detainer ordinance',
    shortTitle: 'Cook County 46-37',
    citation: 'Cook County Code § 46-37',
    pinpoint: 'Cook County Code § {at}',
    aliases: ['11-O-73'],
    provisions: prov('46-37', '46-37(a)', '46-37(d)'),
  },
  { id: 'wfa', title: 'Illinois Way Forward Act', shortTitle: 'Way Forward Act', citation: 'Public Act 102-234', aliases: ['SB 667'], provisions: [] },
  {
    id: 'case',
    title: 'McHenry County v. Raoul',
    shortTitle: 'McHenry County v. Raoul',
    citation: 'McHenry County v. Raoul, 44 F.4th 581 (7th Cir. 2022)',
    aliases: [],
    provisions: [],
  },
];
const index = buildCitationIndex(rules);
const go = (q: string) => lookupCitation(index, q);

describe('lookupCitation', () => {
  it('resolves a pinpoint to the provision and its permanent URL', () => {
    expect(go('5 ILCS 805/15(e)')).toMatchObject({
      kind: 'provision',
      ruleId: 'trust',
      citation: '5 ILCS 805/15(e)',
      path: 'rules/trust/#15-e',
      heading: 'heading 15(e)',
    });
    expect(go('805/15(a)')).toMatchObject({ kind: 'provision', path: 'rules/trust/#15-a' });
    expect(go('Section 15 of the TRUST Act')).toMatchObject({ kind: 'provision', path: 'rules/trust/#15' });
    expect(go('MCC 2-173-020(a)(4)')).toMatchObject({ kind: 'provision', citation: 'MCC § 2-173-020(a)(4)' });
    expect(go('287(g)')).toMatchObject({ kind: 'provision', ruleId: 'g', path: 'rules/g/#1357-g' });
    expect(go('8 U.S.C. 1373')).toMatchObject({ kind: 'provision', ruleId: 'info' });
    expect(go('46-37(d)')).toMatchObject({ kind: 'provision', ruleId: 'cook', path: 'rules/cook/#46-37-d' });
  });

  it('resolves a whole-rule citation or name to the rule page', () => {
    expect(go('5 ILCS 805')).toMatchObject({ kind: 'rule', ruleId: 'trust', path: 'rules/trust/' });
    expect(go('P.A. 102-234')).toMatchObject({ kind: 'rule', ruleId: 'wfa' });
    expect(go('Public Act 100-463')).toMatchObject({ kind: 'rule', ruleId: 'trust' });
    expect(go('trust act')).toMatchObject({ kind: 'rule', ruleId: 'trust' });
    expect(go('McHenry County v. Raoul')).toMatchObject({ kind: 'rule', ruleId: 'case' });
    expect(go('Chicago Municipal Code ch. 2-173')).toMatchObject({ kind: 'rule', ruleId: 'wco' });
  });

  it('accepts a different letter case only when it is unambiguous', () => {
    expect(go('5 ILCS 805/15(A)')).toMatchObject({ kind: 'provision', path: 'rules/trust/#15-a' });
  });

  it('says "no such provision" for a well-formed citation the site lacks, with the nearest real ones', () => {
    const missing = go('5 ILCS 805/99');
    expect(missing).toMatchObject({ kind: 'missing', ruleId: 'trust', citation: '5 ILCS 805/99' });
    expect(missing.kind === 'missing' && missing.nearest.map((p) => p.citation)).toEqual(['5 ILCS 805/30', '5 ILCS 805/25', '5 ILCS 805/15']);
    const wco = go('2-173-099');
    expect(wco.kind === 'missing' && wco.nearest.map((p) => p.citation)).toEqual(['MCC § 2-173-070', 'MCC § 2-173-069', 'MCC § 2-173-020']);
    const sub = go('5 ILCS 805/15(z)');
    expect(sub.kind === 'missing' && sub.nearest.map((p) => p.citation)).toEqual(['5 ILCS 805/15', '5 ILCS 805/15(e)', '5 ILCS 805/15(a)']);
    expect(go('8 U.S.C. 1357(h)')).toMatchObject({ kind: 'missing', ruleId: 'g' });
  });

  it.each([
    '805 ILCS 5/15', // chapter and act reversed
    '5 ILCS 806/15', // another act
    '760 ILCS 3/101', // the Illinois Trust Code, not the TRUST Act
    '8 U.S.C. 1226', // a federal section the site does not cover
    '8 CFR 287.8',
    'S06-14-04', // another CPD directive
    'P.A. 102-2340',
    'Public Act 102-235',
    '12-34',
    'detainer',
    '',
    '<script>alert(1)</script>',
  ])('does not resolve the near miss %j', (q) => {
    expect(go(q)).toEqual({ kind: 'none' });
  });
});

describe('lookupCitation: the forms of real documents', () => {
  const more = buildCitationIndex([
    ...rules,
    {
      id: 'forms',
      title: 'ICE forms',
      shortTitle: 'ICE forms',
      citation: 'DHS forms',
      pinpoint: 'DHS Form {at}',
      aliases: ['Form I-200'],
      provisions: prov('I-200', 'I-247A'),
    },
    {
      id: 'cfr',
      title: 'Detainers',
      shortTitle: '8 C.F.R. § 287.7',
      citation: '8 C.F.R. § 287.7',
      pinpoint: '8 C.F.R. § {at}',
      aliases: ['I-247A'],
      provisions: prov('287.7', '287.7(d)'),
    },
    {
      id: 'v1',
      title: 'United States v. Illinois (2025)',
      shortTitle: 'U.S. v. Illinois',
      citation: 'United States v. Illinois, No. 1:25-cv-01285',
      aliases: ['United States v. Illinois'],
      provisions: [],
    },
    {
      id: 'v2',
      title: 'United States v. Illinois (courts)',
      shortTitle: 'U.S. v. Illinois (courts)',
      citation: 'United States v. Illinois (Dec. 2025)',
      aliases: ['United States v. Illinois'],
      provisions: [],
    },
  ]);
  const find = (q: string) => lookupCitation(more, q);

  it('never reads a form the site lacks as a provision of another rule ("I-999" is not "8 C.F.R. § I-999")', () => {
    expect(find('I-999')).toEqual({ kind: 'none' });
    expect(find('Form I-999')).toEqual({ kind: 'none' });
    expect(find('I-247A')).toMatchObject({ kind: 'provision', ruleId: 'forms', path: 'rules/forms/#I-247A' });
  });

  it('lists both rules for a name they share', () => {
    const r = find('United States v. Illinois');
    expect(r.kind === 'list' && r.ambiguous && r.results.map((x) => x.ruleId)).toEqual(['v1', 'v2']);
    expect(find('United States v. Illinois, No. 1:25-cv-01285')).toMatchObject({ kind: 'rule', ruleId: 'v1' });
  });

  it('resolves each citation of a string that has several', () => {
    const r = find('8 U.S.C. §§ 1357(g), 1357(g)(9)');
    expect(r.kind === 'list' && !r.ambiguous && r.results.map((x) => (x.kind === 'provision' ? x.path : x.kind))).toEqual([
      'rules/g/#1357-g',
      'rules/g/#1357-g-9',
    ]);
  });

  it('reads the words around a citation', () => {
    // Found inside a longer text: offered, not jumped to.
    expect(find('(Source: P.A. 102-234, eff. 8-2-21.)')).toMatchObject({ kind: 'list', ambiguous: false, results: [{ kind: 'rule', ruleId: 'wfa' }] });
    expect(find('violations of the Illinois TRUST Act, 5 ILCS 805/1 et seq.,')).toMatchObject({ kind: 'list', results: [{ kind: 'rule', ruleId: 'trust' }] });
    expect(find('the TRUST Act § 99')).toMatchObject({ kind: 'missing', citation: '5 ILCS 805/99' });
    expect(find('Docket Number21-3334')).toEqual({ kind: 'none' });
  });
});

describe('nearestProvisions', () => {
  it('prefers the nearest existing ancestor, then the closest siblings', () => {
    expect(nearestProvisions(rules[0], '25(a)(7)')).toEqual(['25(a)']);
    expect(nearestProvisions(rules[0], '15(f)')).toEqual(['15', '15(e)', '15(a)']);
  });
});
