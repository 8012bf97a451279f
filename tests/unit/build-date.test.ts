import { describe, expect, it } from 'vitest';
import { buildDate, buildDateWithOrigin, dayIn } from '../../src/lib/build-date.ts';

describe('buildDate: the one place a build gets its day', () => {
  it('takes SITE_BUILD_DATE first, as written', () => {
    expect(buildDateWithOrigin({ SITE_BUILD_DATE: '2026-12-07', SOURCE_DATE_EPOCH: '0' })).toEqual({ date: '2026-12-07', origin: 'SITE_BUILD_DATE' });
  });

  it('then SOURCE_DATE_EPOCH, as a day in Chicago', () => {
    // 2026-12-07T03:00:00Z is still the evening of December 6 in Chicago.
    const epoch = String(Date.UTC(2026, 11, 7, 3) / 1000);
    expect(buildDateWithOrigin({ SOURCE_DATE_EPOCH: epoch })).toEqual({ date: '2026-12-06', origin: 'SOURCE_DATE_EPOCH' });
    expect(buildDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 7, 12) / 1000) })).toBe('2026-12-07');
  });

  it('else the clock, in Chicago', () => {
    expect(buildDateWithOrigin({}, new Date('2027-01-01T05:59:00Z'))).toEqual({ date: '2026-12-31', origin: 'clock' });
    expect(buildDate({}, new Date('2027-01-01T06:00:00Z'))).toBe('2027-01-01');
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('treats empty variables as unset', () => {
    expect(buildDateWithOrigin({ SITE_BUILD_DATE: '', SOURCE_DATE_EPOCH: ' ' }, new Date('2026-06-01T12:00:00Z')).origin).toBe('clock');
  });

  it('fails loudly on a malformed day instead of falling back to the clock', () => {
    expect(() => buildDate({ SITE_BUILD_DATE: '2026-02-30' })).toThrow('SITE_BUILD_DATE="2026-02-30" is not a real calendar day');
    expect(() => buildDate({ SITE_BUILD_DATE: '12/07/2026' })).toThrow('YYYY-MM-DD');
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH="yesterday"');
  });

  it('dayIn gives the calendar day of an instant in a time zone', () => {
    const instant = new Date('2026-03-08T07:30:00Z');
    expect(dayIn(instant)).toBe('2026-03-08');
    expect(dayIn(instant, 'Pacific/Honolulu')).toBe('2026-03-07');
  });
});
