import { describe, expect, it } from 'vitest';
import { nameKey, parseCitation, parseCitationCandidates } from '../../src/lib/citation-parser.ts';

describe('parseCitation: the ways people write citations', () => {
  it.each([
    // Illinois Compiled Statutes
    ['5 ILCS 805/15(e)', { family: 'ilcs', key: '5/805', at: '15(e)' }],
    ['5 ILCS 805/15', { family: 'ilcs', key: '5/805', at: '15' }],
    ['5 Ill. Comp. Stat. 805/15', { family: 'ilcs', key: '5/805', at: '15' }],
    ['5 Ill. Comp. Stat. 805/15(a) (2024)', { family: 'ilcs', key: '5/805', at: '15(a)' }],
    ['5 ILCS 805', { family: 'ilcs', key: '5/805' }],
    ['5 ilcs 805/15 (a) (1)', { family: 'ilcs', key: '5/805', at: '15(a)(1)' }],
    ['805/15(e)', { family: 'ilcs', key: '?/805', at: '15(e)' }],
    ['705 ILCS 96/10-15', { family: 'ilcs', key: '705/96', at: '10-15' }],
    ['105 ILCS 5/22-105', { family: 'ilcs', key: '105/5', at: '22-105' }],
    // Chicago Municipal Code
    ['Chicago Municipal Code § 2-173-020(a)(4)', { family: 'mcc', key: '2-173', at: '2-173-020(a)(4)' }],
    ['Chicago, Ill., Mun. Code § 2-173-020(a)(1)(C)', { family: 'mcc', key: '2-173', at: '2-173-020(a)(1)(C)' }],
    ['MCC § 2-173-069(a)', { family: 'mcc', key: '2-173', at: '2-173-069(a)' }],
    ['MCC 2-173-020', { family: 'mcc', key: '2-173', at: '2-173-020' }],
    ['2-173-020', { family: 'mcc', key: '2-173', at: '2-173-020' }],
    ['Municipal Code of Chicago 2-173-030(b)', { family: 'mcc', key: '2-173', at: '2-173-030(b)' }],
    ['Chicago Municipal Code ch. 2-173', { family: 'mcc', key: '2-173' }],
    ['MCC 2-173', { family: 'mcc', key: '2-173' }],
    // CPD directives
    ['S06-14-03', { family: 'cpd', key: 'S06-14-03' }],
    ['s06-14-03', { family: 'cpd', key: 'S06-14-03' }],
    ['Special Order S06-14-03', { family: 'cpd', key: 'S06-14-03' }],
    ['CPD Special Order S06-14-03 (Mar. 25, 2020)', { family: 'cpd', key: 'S06-14-03' }],
    ['S06 14 03', { family: 'cpd', key: 'S06-14-03' }],
    ['SO S06-14-03', { family: 'cpd', key: 'S06-14-03' }],
    ['CPD S06-14-03 (2020), Item III-A', { family: 'cpd', key: 'S06-14-03', at: 'III-A' }],
    ['S02-06', { family: 'cpd', key: 'S02-06' }],
    ['S02-06 Item G-1', { family: 'cpd', key: 'S02-06', at: 'G-1' }],
    ['CPD S02-06 (2019), Item F-2-a', { family: 'cpd', key: 'S02-06', at: 'F-2-A' }],
    ['Special Order S02-06, Item C', { family: 'cpd', key: 'S02-06', at: 'C' }],
    // Public Acts
    ['P.A. 102-234', { family: 'pa', key: '102-234' }],
    ['Public Act 102-234', { family: 'pa', key: '102-234' }],
    ['PA 102-0234', { family: 'pa', key: '102-234' }],
    ['Pub. Act 101-19', { family: 'pa', key: '101-19' }],
    ['P.A. 101-19, § 5(b)', { family: 'pa', key: '101-19', at: '5(b)' }],
    ['Public Act 101-19 (Keep Illinois Families Together Act)', { family: 'pa', key: '101-19' }],
    // Federal
    ['8 U.S.C. § 1357(g)', { family: 'usc', key: '8', at: '1357(g)' }],
    ['8 USC 1357(g)(9)', { family: 'usc', key: '8', at: '1357(g)(9)' }],
    ['8 U.S.C. 1373', { family: 'usc', key: '8', at: '1373' }],
    ['287(g)', { family: 'usc', key: '8', at: '1357(g)' }],
    ['INA § 287(g)', { family: 'usc', key: '8', at: '1357(g)' }],
    ['287g', { family: 'usc', key: '8', at: '1357(g)' }],
    ['8 CFR 287.7', { family: 'cfr', key: '8', at: '287.7' }],
    ['8 C.F.R. § 287.7(d)', { family: 'cfr', key: '8', at: '287.7(d)' }],
    // Cook County
    ['Cook County Code 46-37', { family: 'cook', key: '46', at: '46-37' }],
    ['Cook County Code of Ordinances § 46-37(b)', { family: 'cook', key: '46', at: '46-37(b)' }],
    ['Sec. 46-37', { family: 'cook', key: '46', at: '46-37' }],
    // Forms
    ['I-247A', { family: 'form', key: 'DHS', at: 'I-247A' }],
    ['Form I-200', { family: 'form', key: 'DHS', at: 'I-200' }],
    ['DHS Form i-205', { family: 'form', key: 'DHS', at: 'I-205' }],
    // Named acts
    ['Section 15 of the TRUST Act', { family: 'named', key: 'trust act', at: '15' }],
    ['section 15(e) of the Illinois TRUST Act', { family: 'named', key: 'illinois trust act', at: '15(e)' }],
    ['TRUST Act § 15', { family: 'named', key: 'trust act', at: '15' }],
    ['TRUST Act', { family: 'named', key: 'trust act' }],
  ])('%s', (input, expected) => {
    expect(parseCitation(input)).toEqual(expected);
  });
});

describe('parseCitation: the forms real documents use', () => {
  it.each([
    // The General Assembly's source notes and section headings
    ['(5 ILCS 805/10)', { family: 'ilcs', key: '5/805', at: '10' }],
    ['(5 ILCS 805/)', { family: 'ilcs', key: '5/805' }],
    ['5 ILCS 805/Act rep.', { family: 'ilcs', key: '5/805' }],
    ['Public Act 0440 104TH GENERAL ASSEMBLY', { family: 'pa', key: '104-440' }],
    ['Public Act . . . . . . . . . 101-0019', { family: 'pa', key: '101-19' }],
    ['Ley Pública 104-440', { family: 'pa', key: '104-440' }],
    // Bill numbers, with the General Assembly where the text gives it
    ['SB 667', { family: 'bill', key: 'SB667' }],
    ['S.B. 667', { family: 'bill', key: 'SB667' }],
    ['Senate Bill 667', { family: 'bill', key: 'SB667' }],
    ['SB0667', { family: 'bill', key: 'SB667' }],
    ['SB-31', { family: 'bill', key: 'SB31' }],
    ['10200SB0667', { family: 'bill', key: 'SB667', ga: 102 }],
    ['10100HB1637ham002', { family: 'bill', key: 'HB1637', ga: 101 }],
    ['SB 667 (2021)', { family: 'bill', key: 'SB667', ga: 102 }],
    ['SB 34 (100th General Assembly)', { family: 'bill', key: 'SB34', ga: 100 }],
    ['HB3247 - 104th General Assembly', { family: 'bill', key: 'HB3247', ga: 104 }],
    ['House Bill 1312', { family: 'bill', key: 'HB1312' }],
    // Long forms
    ['Section 1357(g) of Title 8 of the United States Code', { family: 'usc', key: '8', at: '1357(g)' }],
    ['Title 8, United States Code, Section 1357(g)', { family: 'usc', key: '8', at: '1357(g)' }],
    ['8 U.S. Code § 1373', { family: 'usc', key: '8', at: '1373' }],
    ['Section 287.7 of Title 8 of the Code of Federal Regulations', { family: 'cfr', key: '8', at: '287.7' }],
    ['section 287(g) of the Immigration and Nationality Act', { family: 'usc', key: '8', at: '1357(g)' }],
    ['INA 287(d)', { family: 'usc', key: '8', at: '1357(d)' }],
    ['Chapter 2-173 of the Municipal Code of Chicago', { family: 'mcc', key: '2-173' }],
    ['Title 2-173 of the Municipal Code of Chicago (MCC)', { family: 'mcc', key: '2-173' }],
    // Ordinances, orders, dockets, reporters, CPD forms
    ['O2021-117', { family: 'record', key: 'O2021-117' }],
    ['O2023-0004222', { family: 'record', key: 'O2023-4222' }],
    ['Ordinance 11-O-73', { family: 'ordinance', key: '11-O-73' }],
    ['Cook County Ord. No. 11-O-73', { family: 'ordinance', key: '11-O-73' }],
    ['Executive Order 2026-01', { family: 'eo', key: '2026-1' }],
    ['Chi., Ill., Exec. Order No. 2026-01', { family: 'eo', key: '2026-1' }],
    ['Executive Order 14,159', { family: 'eo', key: 'us-14159' }],
    ['No. 21-3334', { family: 'docket', key: 'a:21-3334' }],
    ['No. 1:25-cv-01285', { family: 'docket', key: 'd:25-1285' }],
    ['25-cv-01285', { family: 'docket', key: 'd:25-1285' }],
    ['Case No. 21 C 50341', { family: 'docket', key: 'd:21-50341' }],
    ['44 F.4th 581', { family: 'reporter', key: '44 f4th 581' }],
    ['574 F. Supp. 3d 571 (N.D. Ill. 2021)', { family: 'reporter', key: '574 fsupp3d 571' }],
    ['CPD-31.110', { family: 'cpdform', key: '31.110' }],
    ['Orden Especial S02-06', { family: 'cpd', key: 'S02-06' }],
    // Full-width characters
    ['５ ＩＬＣＳ ８０５／１５（ｅ）', { family: 'ilcs', key: '5/805', at: '15(e)' }],
    ['Ｓ０６－１４－０３', { family: 'cpd', key: 'S06-14-03' }],
  ])('%s', (input, expected) => {
    expect(parseCitation(input)).toEqual(expected);
  });

  it('does not read a federal Public Law as an Illinois Public Act, nor a form number as anything else', () => {
    expect(parseCitation('Pub. L. 104-208')?.family).not.toBe('pa');
    expect(parseCitation('I-999')).toEqual({ family: 'form', key: 'DHS', at: 'I-999' });
  });

  it('leaves strings that name several provisions to the paragraph scan', () => {
    expect(parseCitationCandidates('8 U.S.C. §§ 1357(g), 1373')).toEqual([]);
  });
});

describe('parseCitation: text people paste', () => {
  it('accepts typographic dashes, extra spaces and invisible characters', () => {
    expect(parseCitation('  5 ILCS   805/15(e).')).toEqual({ family: 'ilcs', key: '5/805', at: '15(e)' });
    expect(parseCitation('2\u2011173\u2013020')).toEqual({ family: 'mcc', key: '2-173', at: '2-173-020' });
    expect(parseCitation('S06\u200B-14-03')).toEqual({ family: 'cpd', key: 'S06-14-03' });
  });
  it('refuses very long input and non-strings', () => {
    expect(parseCitation('5 ILCS 805/15 '.repeat(30))).toBeNull();
    expect(parseCitation(undefined as unknown as string)).toBeNull();
  });
  it('reads a bare number pair both as a Cook County section and as a Public Act', () => {
    expect(parseCitationCandidates('46-37')).toEqual([
      { family: 'cook', key: '46', at: '46-37' },
      { family: 'pa', key: '46-37' },
    ]);
  });
  it('makes no guesses when asked not to', () => {
    expect(parseCitationCandidates('46-37', { guess: false })).toEqual([]);
    expect(parseCitationCandidates('TRUST Act', { guess: false })).toEqual([]);
  });
  it('returns nothing for punctuation or numbers alone', () => {
    expect(parseCitation('???')).toBeNull();
    expect(parseCitation('15')).toBeNull();
  });
});

describe('nameKey', () => {
  it('folds case, accents, punctuation and a leading "the"', () => {
    expect(nameKey('The Illinois TRUST Act')).toBe('illinois trust act');
    expect(nameKey('Ley de Inmigración')).toBe('ley de inmigracion');
  });
});
