import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineTense, hasPassed, isStale, passedSinceCheck, splitWording, STALE_AFTER_DAYS } from '../../src/lib/staleness.ts';

describe('daysBetween', () => {
  it('counts calendar days, across months, leap days and years', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-12-07', '2026-06-10')).toBe(-180);
  });

  it('does not drift with daylight saving time', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
  });

  it('rejects what is not a day', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow('"2026-02-30" is not a date');
  });
});

describe('isStale: more than 180 days', () => {
  it('is 180 days by default', () => expect(STALE_AFTER_DAYS).toBe(180));

  it('keeps day 180 fresh and makes day 181 stale', () => {
    // 2026-06-10 + 180 days = 2026-12-07.
    expect(isStale('2026-06-10', '2026-12-07')).toBe(false);
    expect(isStale('2026-06-09', '2026-12-07')).toBe(true);
    expect(isStale('2026-06-10', '2026-12-08')).toBe(true);
  });

  it('is never stale for a check made on or after the build day', () => {
    expect(isStale('2026-12-07', '2026-12-07')).toBe(false);
    expect(isStale('2027-01-01', '2026-12-07')).toBe(false);
  });

  it('takes another limit', () => expect(isStale('2026-12-01', '2026-12-07', 5)).toBe(true));
});

describe('deadlines: tense', () => {
  it('reads in the present through the day itself, and in the past from the next day', () => {
    expect(hasPassed('2026-07-01', '2026-06-30')).toBe(false);
    expect(hasPassed('2026-07-01', '2026-07-01')).toBe(false);
    expect(hasPassed('2026-07-01', '2026-07-02')).toBe(true);
    expect(deadlineTense('2026-07-01', '2026-07-01')).toBe('before');
    expect(deadlineTense('2026-07-01', '2026-07-02')).toBe('after');
  });

  it('knows when a deadline passed after the page was last checked', () => {
    expect(passedSinceCheck('2026-07-01', '2026-06-01', '2026-07-02')).toBe(true);
    expect(passedSinceCheck('2026-07-01', '2026-07-01', '2026-07-02')).toBe(true);
    // Checked after it passed: the words were written knowing it.
    expect(passedSinceCheck('2026-07-01', '2026-11-26', '2026-12-07')).toBe(false);
    // Not passed yet.
    expect(passedSinceCheck('2026-07-01', '2026-06-01', '2026-07-01')).toBe(false);
  });
});

describe('splitWording', () => {
  it('splits a wording around {date}', () => {
    expect(splitWording('must apply by {date}, in writing')).toEqual({ start: 'must apply by ', hasDate: true, end: ', in writing' });
    expect(splitWording('{date}')).toEqual({ start: '', hasDate: true, end: '' });
  });

  it('allows a wording without the date, or none at all', () => {
    expect(splitWording('We have not checked whether schools met it.')).toEqual({
      start: 'We have not checked whether schools met it.',
      hasDate: false,
      end: '',
    });
    expect(splitWording('')).toEqual({ start: '', hasDate: false, end: '' });
  });

  it('rejects the date twice', () => expect(() => splitWording('{date} or {date}')).toThrow('more than once'));
});
