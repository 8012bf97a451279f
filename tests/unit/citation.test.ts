import { describe, expect, it } from 'vitest';
import { formatPinpoint, isPinpointTemplate, pinpointParts } from '../../src/lib/citation.ts';

describe('formatPinpoint', () => {
  it('fills the rule template with the pinpoint', () => {
    expect(formatPinpoint('5 ILCS 805/{at}', '15(e)')).toBe('5 ILCS 805/15(e)');
    expect(formatPinpoint('MCC § {at}', '2-173-020(a)(4)')).toBe('MCC § 2-173-020(a)(4)');
  });
  it('names a defined term after its section', () => {
    expect(formatPinpoint('5 ILCS 805/{at}', '10', 'civil immigration warrant')).toBe('5 ILCS 805/10 (definition of “civil immigration warrant”)');
  });
  it('refuses a template without exactly one {at}', () => {
    expect(() => formatPinpoint('5 ILCS 805', '15')).toThrow(/exactly once/);
    expect(isPinpointTemplate('{at} and {at}')).toBe(false);
    expect(isPinpointTemplate('5 ILCS 805/{at}')).toBe(true);
  });
});

describe('pinpointParts', () => {
  it('keeps the pinpoint apart from the term so the pinpoint never wraps', () => {
    expect(pinpointParts('5 ILCS 805/{at}', '10', 'contact information')).toEqual({
      pinpoint: '5 ILCS 805/10',
      suffix: ' (definition of “contact information”)',
    });
    expect(pinpointParts('5 ILCS 805/{at}', '15(a)').suffix).toBe('');
  });
});

describe('formatPinpoint in Spanish', () => {
  it('keeps the official citation and the defined term, translating only the words around them', () => {
    expect(formatPinpoint('5 ILCS 805/{at}', '15(e)', undefined, 'definición de')).toBe('5 ILCS 805/15(e)');
    expect(formatPinpoint('5 ILCS 805/{at}', '10', 'civil immigration warrant', 'definición de')).toBe(
      '5 ILCS 805/10 (definición de “civil immigration warrant”)',
    );
  });
});
