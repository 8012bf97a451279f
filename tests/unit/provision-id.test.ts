import { describe, expect, it } from 'vitest';
import { isProvisionRef, parentRef, parseProvisionRef, provisionId, provisionKey, refDepth, termSlug } from '../../src/lib/provision-id.ts';

describe('provisionId', () => {
  // These ids are published URLs. If one of these expectations has to change,
  // a link someone pasted into a letter or article breaks: do not change them.
  it.each([
    ['15', '15'],
    ['15(e)', '15-e'],
    ['15(a)(1)(A)', '15-a-1-A'],
    ['25(a)(2)(E)', '25-a-2-E'],
    ['2-173-020', '2-173-020'],
    ['2-173-020(a)(4)', '2-173-020-a-4'],
    ['III.B', 'III-B'],
    ['III.B.2(a)', 'III-B-2-a'],
    ['287.7(d)', '287-7-d'],
  ])('turns %s into the permanent anchor #%s', (at, id) => {
    expect(provisionId(at)).toBe(id);
  });

  it('keeps upper and lower case apart, because (A) and (a) are different levels', () => {
    expect(provisionId('15(a)(1)(A)')).not.toBe(provisionId('15(a)(1)(a)'));
  });

  it('gives each defined term its own anchor inside the section', () => {
    expect(provisionId('10', 'civil immigration warrant')).toBe('10-civil-immigration-warrant');
    expect(provisionId('10', 'Citizenship or immigration status')).toBe('10-citizenship-or-immigration-status');
  });

  it.each(['', ' 15', '15 ', '15()', '15(a', '15)a(', '(a)', '15(a b)', '15/(a)', '-15', '15.', '15..3', '15(abcdefghi)'])(
    'refuses the malformed reference %j instead of inventing an anchor',
    (at) => {
      expect(() => provisionId(at)).toThrow(/not a well-formed provision reference/);
    },
  );

  it('refuses a term with nothing to build an anchor from', () => {
    expect(() => provisionId('10', '“”')).toThrow(/no letters or digits/);
  });
});

describe('parseProvisionRef', () => {
  it('splits the section from its subdivisions', () => {
    expect(parseProvisionRef('2-173-020(a)(4)')).toEqual({ section: '2-173-020', parts: ['a', '4'] });
    expect(parseProvisionRef('III.B')).toEqual({ section: 'III.B', parts: [] });
  });
  it('returns null for text that is not a reference', () => {
    expect(parseProvisionRef('section fifteen')).toBeNull();
    expect(isProvisionRef('section fifteen')).toBe(false);
    expect(isProvisionRef('15(e)')).toBe(true);
  });
});

describe('parentRef and refDepth', () => {
  it('walks up one level at a time', () => {
    expect(parentRef('25(a)(2)(E)')).toBe('25(a)(2)');
    expect(parentRef('25(a)')).toBe('25');
    expect(parentRef('25')).toBeNull();
  });
  it('counts the levels below the section', () => {
    expect(refDepth('25')).toBe(0);
    expect(refDepth('25(a)(2)(E)')).toBe(3);
  });
});

describe('termSlug and provisionKey', () => {
  it('folds accents and punctuation', () => {
    expect(termSlug('Estatus migratorio')).toBe('estatus-migratorio');
    expect(termSlug('“Immigration detainer”')).toBe('immigration-detainer');
  });
  it('tells a term apart from its section', () => {
    expect(provisionKey('10')).not.toBe(provisionKey('10', 'contact information'));
    expect(provisionKey('10', 'Contact Information')).toBe(provisionKey('10', 'contact information'));
  });
});
