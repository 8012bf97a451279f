/**
 * The citation lookup against the real content: the ways journalists and
 * residents write every rule on the site, each resolved to the right place,
 * and near misses that must resolve to nothing (or to "no such provision").
 */
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, lookupCitation, toCitableRules, type Lookup } from '../../src/lib/citation-index.ts';
import { loadSiteData } from '../../src/data/site-data.ts';

const index = buildCitationIndex(toCitableRules((await loadSiteData()).rules));
const one = (r: Exclude<Lookup, { kind: 'list' } | { kind: 'none' }>) => (r.kind === 'missing' ? `missing: ${r.citation}` : r.path);
const where = (q: string): string => {
  const r = lookupCitation(index, q);
  if (r.kind === 'none') return 'none';
  // A citation found inside a longer text is offered as a list (nothing jumps): one such place reads as that place.
  if (r.kind === 'list' && !r.ambiguous && r.results.length === 1) return `found: ${one(r.results[0])}`;
  if (r.kind === 'list') return `${r.ambiguous ? 'either' : 'each'}: ${r.results.map(one).join(' | ')}`;
  return one(r);
};

describe('citations that resolve to a provision or a rule', () => {
  it.each([
    // Illinois TRUST Act
    ['5 ILCS 805/15(e)', 'rules/il-trust-act/#15-e'],
    ['5 Ill. Comp. Stat. 805/15', 'rules/il-trust-act/#15'],
    ['5 Ill. Comp. Stat. 805/15(a) (2024)', 'rules/il-trust-act/#15-a'],
    ['805/15(e)', 'rules/il-trust-act/#15-e'],
    ['805/25(a)(2)(E)', 'rules/il-trust-act/#25-a-2-E'],
    ['Section 15 of the TRUST Act', 'rules/il-trust-act/#15'],
    ['section 15(e) of the Illinois TRUST Act', 'rules/il-trust-act/#15-e'],
    ['TRUST Act § 30', 'rules/il-trust-act/#30'],
    ['5 ILCS 805', 'rules/il-trust-act/'],
    ['Illinois TRUST Act', 'rules/il-trust-act/'],
    ['P.A. 100-463', 'rules/il-trust-act/'],
    // Welcoming City Ordinance
    ['Chicago Municipal Code § 2-173-020(a)(4)', 'rules/chicago-welcoming-city/#2-173-020-a-4'],
    ['Chicago, Ill., Mun. Code § 2-173-020(a)(1)(C)', 'rules/chicago-welcoming-city/#2-173-020-a-1-C'],
    ['MCC 2-173-020', 'rules/chicago-welcoming-city/#2-173-020'],
    ['MCC § 2-173-069(a)', 'rules/chicago-welcoming-city/#2-173-069-a'],
    ['2-173-020', 'rules/chicago-welcoming-city/#2-173-020'],
    ['2-173-030(b)', 'rules/chicago-welcoming-city/#2-173-030-b'],
    ['2-173-042', 'rules/chicago-welcoming-city/#2-173-042'],
    ['Municipal Code of Chicago 2-173-005', 'rules/chicago-welcoming-city/#2-173-005'],
    ['Chicago Municipal Code ch. 2-173', 'rules/chicago-welcoming-city/'],
    ['MCC ch. 2-173', 'rules/chicago-welcoming-city/'],
    ['Welcoming City Ordinance', 'rules/chicago-welcoming-city/'],
    ['Welcoming City Ordinance § 2-173-020', 'rules/chicago-welcoming-city/#2-173-020'],
    // CPD directives
    ['S06-14-03', 'rules/cpd-s06-14-03/'],
    ['Special Order S06-14-03', 'rules/cpd-s06-14-03/'],
    ['s06 14 03', 'rules/cpd-s06-14-03/'],
    ['CPD S06-14-03 (2020), Item III-A', 'rules/cpd-s06-14-03/#III-A'],
    ['S06-14-03 Item I-C', 'rules/cpd-s06-14-03/#I-C'],
    ['CPD Special Order S06-14-03 (Feb. 23, 2021)', 'rules/cpd-s06-14-03/'],
    ['CPD Special Order S06-14-03 (Mar. 25, 2020)', 'rules/cpd-s06-14-03/'], // the citation printed before the 2021 rebuild
    ['CPD S06-14-03 (2020), Item I-C', 'rules/cpd-s06-14-03/#I-C'], // old number, kept with a note on where its text went
    ['CPD S06-14-03 (2021), Item IV-G-5', 'rules/cpd-s06-14-03/#IV-G-5'],
    ['S06-14-03 Item V-A', 'rules/cpd-s06-14-03/#V-A'],
    ['S06-14-03 Item V-D-1-a', 'rules/cpd-s06-14-03/#V-D-1-a'],
    ['S02-06', 'rules/cpd-s02-06/'],
    ['Special Order S02-06', 'rules/cpd-s02-06/'],
    ['S02-06 Item G-1', 'rules/cpd-s02-06/#G-1'], // S02-06's items are lettered A to H, not numbered
    ['CPD S02-06 (2019), Item F-2-a', 'rules/cpd-s02-06/#F-2-a'],
    ['Special Order S02-06, Item H', 'rules/cpd-s02-06/#H'],
    ['S02-06 Item Z-9', 'missing: CPD S02-06 (2019), Item Z-9'],
    // Public Acts
    ['P.A. 102-234', 'rules/il-way-forward-act/'],
    ['Public Act 102-234', 'rules/il-way-forward-act/'],
    ['PA 102-0234', 'rules/il-way-forward-act/'],
    ['P.A. 101-19', 'rules/il-keep-families-together-act/'],
    ['P.A. 101-19, § 5(b)', 'rules/il-keep-families-together-act/#5-b'],
    ['Public Act 101-0020', 'rules/il-private-detention-moratorium/'],
    ['P.A. 104-440', 'rules/il-pa-104-0440/'],
    ['Public Act 104-0288', 'rules/il-safe-schools/'],
    ['P.A. 100-1115', 'rules/il-voices-act/'],
    // Other Illinois statutes
    ['5 ILCS 825/10', 'rules/il-voices-act/#10'],
    ['5 ILCS 825/11(a)', 'rules/il-voices-act/#11-a'],
    ['705 ILCS 96/10-15', 'rules/il-pa-104-0440/#10-15'],
    ['705 ILCS 96/10-15(a)(5)', 'rules/il-pa-104-0440/#10-15-a-5'],
    ['730 ILCS 141', 'rules/il-private-detention-moratorium/'],
    ['105 ILCS 5/22-105', 'rules/il-safe-schools/#22-105'],
    ['Illinois Bivens Act', 'rules/il-pa-104-0440/'],
    ['VOICES Act', 'rules/il-voices-act/'],
    ['Keep Illinois Families Together Act', 'rules/il-keep-families-together-act/'],
    // Federal
    ['8 U.S.C. § 1357(g)', 'rules/us-8-usc-1357g/#1357-g'],
    ['8 USC 1357(g)(9)', 'rules/us-8-usc-1357g/#1357-g-9'],
    ['287(g)', 'rules/us-8-usc-1357g/#1357-g'],
    ['INA § 287(g)', 'rules/us-8-usc-1357g/#1357-g'],
    ['8 U.S.C. 1373', 'rules/us-8-usc-1373/#1373'],
    ['8 U.S.C. § 1373(a)', 'rules/us-8-usc-1373/#1373-a'],
    ['8 CFR 287.7', 'rules/us-8-cfr-287-7/#287-7'],
    ['8 C.F.R. § 287.7(d)', 'rules/us-8-cfr-287-7/#287-7-d'],
    ['I-247A', 'rules/ice-forms/#I-247A'],
    ['Form I-200', 'rules/ice-forms/#I-200'],
    // Cook County
    ['Cook County Code 46-37', 'rules/cook-county-46-37/#46-37'],
    ['Cook County Code of Ordinances § 46-37(b)', 'rules/cook-county-46-37/#46-37-b'],
    ['46-37', 'rules/cook-county-46-37/#46-37'],
    ['Sec. 46-37(d)', 'rules/cook-county-46-37/#46-37-d'],
    // Executive orders and cases, by name or cite
    ['EO 2026-01', 'rules/chicago-eo-2026-01/'],
    ['ICE On Notice', 'rules/chicago-eo-2026-01/'],
    ['McHenry County v. Raoul', 'rules/mchenry-county-v-raoul/'],
    ['44 F.4th 581', 'rules/mchenry-county-v-raoul/'],
    ['21-3334', 'rules/mchenry-county-v-raoul/'], // the appeal number the rule lists among its aliases
    ['No. 21-3334', 'rules/mchenry-county-v-raoul/'],
    ['Case No. 21 C 50341', 'rules/mchenry-county-v-raoul/'],
    ['United States v. Illinois, No. 1:25-cv-01285', 'rules/us-v-illinois-2025/'],
    // The General Assembly's own forms
    ['(5 ILCS 805/10)', 'rules/il-trust-act/#10'],
    ['(Source: P.A. 102-234, eff. 8-2-21.)', 'found: rules/il-way-forward-act/'], // a source note: offered, not jumped to
    ['5 ILCS 805/1 et seq.', 'rules/il-trust-act/'],
    ['(730 ILCS 141/15)', 'rules/il-private-detention-moratorium/#15'],
    // Every form of a bill number
    ['SB 667', 'rules/il-way-forward-act/'],
    ['S.B. 667', 'rules/il-way-forward-act/'],
    ['Senate Bill 667', 'rules/il-way-forward-act/'],
    ['SB0667', 'rules/il-way-forward-act/'],
    ['10200SB0667', 'rules/il-way-forward-act/'],
    ['10200SB0667sam002', 'rules/il-way-forward-act/'],
    ['House Bill 1312', 'rules/il-pa-104-0440/'],
    ['HB1312', 'rules/il-pa-104-0440/'],
    ['SB-31', 'rules/il-trust-act/'],
    // Ordinance and order numbers
    ['O2021-117', 'rules/chicago-welcoming-city/'],
    ['Ordinance 11-O-73', 'rules/cook-county-46-37/'],
    ['Executive Order 2026-01', 'rules/chicago-eo-2026-01/'],
    // Long forms
    ['Section 1357(g) of Title 8 of the United States Code', 'rules/us-8-usc-1357g/#1357-g'],
    ['Section 287.7 of Title 8 of the Code of Federal Regulations', 'rules/us-8-cfr-287-7/#287-7'],
    ['Section 2-173-020 of Chapter 2-173 of the Municipal Code of Chicago', 'rules/chicago-welcoming-city/#2-173-020'],
    ['section 287(g) of the Immigration and Nationality Act', 'rules/us-8-usc-1357g/#1357-g'],
    // Full-width characters, as some East Asian keyboards type them
    ['５ ＩＬＣＳ ８０５／１５（ｅ）', 'rules/il-trust-act/#15-e'],
    // Words around a citation
    ['See MCC § 2-173-069(a).', 'found: rules/chicago-welcoming-city/#2-173-069-a'],
    ['under the Illinois TRUST Act, 5 ILCS 805/15(a).', 'found: rules/il-trust-act/#15-a'],
  ])('%s → %s', (q, expected) => {
    expect(where(q)).toBe(expected);
  });
});

describe('well-formed citations the site does not have', () => {
  it.each([
    ['5 ILCS 805/99', 'missing: 5 ILCS 805/99'],
    ['5 ILCS 805/20', 'missing: 5 ILCS 805/20'],
    ['805/15(z)', 'missing: 5 ILCS 805/15(z)'],
    ['2-173-099', 'missing: MCC § 2-173-099'],
    ['MCC 2-173-020(a)(9)', 'missing: MCC § 2-173-020(a)(9)'],
    ['Cook County Code 46-38', 'missing: Cook County Code § 46-38'],
    ['8 U.S.C. 1357(h)', 'missing: 8 U.S.C. § 1357(h)'],
    ['S06-14-03 Item VII', 'missing: CPD S06-14-03 (2021), Item VII'],
  ])('%s → %s', (q, expected) => {
    expect(where(q)).toBe(expected);
  });
});

describe('near misses that must not resolve', () => {
  it.each([
    '805 ILCS 5/15', // chapter and act reversed
    '5 ILCS 806/15',
    '760 ILCS 3/101', // Illinois Trust Code
    '730 ILCS 140/3', // the older Private Correctional Facility Moratorium Act
    '8 U.S.C. 1226',
    '8 CFR 287.8',
    'S06-14-04',
    'S06-14',
    'P.A. 102-235',
    'Public Act 102-2340',
    '287(h)',
    'I-999', // never "8 C.F.R. § I-999": a form the site does not have is not a citation of the detainer rule
    'Form I-999',
    '10300SB0667', // SB 667 of the 103rd General Assembly is another bill
    'Pub. L. 104-208', // a federal Public Law, not Illinois Public Act 104-208
    'S.B. 4',
    'Public Use Trust Act',
    'Executive Order 14,159',
    'zebra crossing',
    '',
  ])('%j resolves to nothing', (q) => {
    expect(where(q)).toBe('none');
  });
});

describe('texts that name more than one place', () => {
  it.each([
    // Two different cases share this name: list both, never answer "not a citation".
    ['United States v. Illinois', 'either: rules/us-v-illinois-2025/ | rules/us-v-illinois-pa-104-0440/'],
    ['U.S. v. Illinois', 'either: rules/us-v-illinois-2025/ | rules/us-v-illinois-pa-104-0440/'],
    ['8 U.S.C. §§ 1357(g), 1373', 'each: rules/us-8-usc-1357g/#1357-g | rules/us-8-usc-1373/#1373'],
    ['See MCC § 2-173-069(a) and MCC § 2-173-069(b).', 'each: rules/chicago-welcoming-city/#2-173-069-a | rules/chicago-welcoming-city/#2-173-069-b'],
    ['Illinois Way Forward Act, 5 ILCS 805 5/15(g)(1), (2),', 'each: rules/il-way-forward-act/ | rules/il-trust-act/#15-g-1 | rules/il-trust-act/#15-g-2'],
  ])('%s → %s', (q, expected) => {
    expect(where(q)).toBe(expected);
  });
});

describe('names Spanish-language sources use, in the Spanish lookup', async () => {
  const es = buildCitationIndex(toCitableRules((await loadSiteData()).rulesByLang.es));
  it.each([
    ['Ciudad que da la Bienvenida', 'rules/chicago-welcoming-city/'],
    ['ICE bajo aviso', 'rules/chicago-eo-2026-01/'],
  ])('%s → %s', (q, path) => {
    expect(lookupCitation(es, q)).toMatchObject({ kind: 'rule', path });
  });
});
