import { describe, expect, it } from 'vitest';
import { dialledForm, isPhoneSeparator, phoneSegments, unbreakable } from '../../src/lib/phone.ts';

describe('phoneSegments', () => {
  it('keeps a plain number whole', () => {
    expect(phoneSegments('1-855-435-7693')).toEqual(['1-855-435-7693']);
  });

  it('lets a lettered number and its digits wrap apart, each kept whole', () => {
    expect(phoneSegments('312-743-COPA (312-743-2672)')).toEqual(['312-743-COPA', ' ', '(312-743-2672)']);
    expect(phoneSegments('1-800-LAW-REP4 (1-800-529-7374)')).toEqual(['1-800-LAW-REP4', ' ', '(1-800-529-7374)']);
  });

  it('splits at " / " but not inside an area code in parentheses', () => {
    expect(phoneSegments('(833) TALK-2-IG / (833) 825-5244')).toEqual(['(833) TALK-2-IG', ' / ', '(833) 825-5244']);
  });

  it('loses no character', () => {
    for (const s of ['312-743-COPA (312-743-2672)', '(833) TALK-2-IG / (833) 825-5244', '(312) 745-3598']) {
      expect(phoneSegments(s).join('')).toBe(s);
    }
  });

  it('tells separators from numbers', () => {
    expect(phoneSegments('(833) TALK-2-IG / (833) 825-5244').map(isPhoneSeparator)).toEqual([false, true, false]);
  });
});

describe('unbreakable', () => {
  it('turns hyphens and spaces into their non-breaking forms and nothing else', () => {
    expect(unbreakable('(833) 825-5244')).toBe('(833)\u00a0825\u20115244');
    expect(unbreakable('(833) 825-5244').replace(/\D/g, '')).toBe('8338255244');
  });
});

describe('dialledForm', () => {
  it('keeps only the printed form that shows the digits dialled', () => {
    expect(dialledForm('1-800-LAW-REP4 (1-800-529-7374)', '+18005297374')).toBe('1-800-529-7374');
    expect(dialledForm('1-855-435-7693', '+18554357693')).toBe('1-855-435-7693');
    expect(() => dialledForm('1-855-435-7693', '+18554357694')).toThrow(/does not show the digits/);
  });
});
