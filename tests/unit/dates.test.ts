import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, isIsoDate, isPartialDate } from '../../src/lib/dates.ts';

describe('isIsoDate', () => {
  it('accepts real calendar days', () => {
    expect(isIsoDate('2017-08-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026/01/05', 'soon'])('rejects %s', (value) =>
    expect(isIsoDate(value)).toBe(false),
  );
});

describe('isPartialDate', () => {
  it('accepts a year or a month when the source gives no day', () => {
    expect(isPartialDate('2025')).toBe(true);
    expect(isPartialDate('2025-08')).toBe(true);
    expect(isPartialDate('2025-08-22')).toBe(true);
  });
  it('still rejects impossible months and days', () => {
    expect(isPartialDate('2025-13')).toBe(false);
    expect(isPartialDate('2025-02-30')).toBe(false);
  });
});

describe('formatDate', () => {
  it('prints dates the way US readers write them, without time-zone drift', () => {
    expect(formatDate('2017-08-28')).toBe('August 28, 2017');
    expect(formatDate('2021-08-02')).toBe('August 2, 2021');
    expect(formatDate('2025-08')).toBe('August 2025');
    expect(formatDate('2019')).toBe('2019');
  });
  it('refuses a non-date instead of printing "Invalid Date"', () => {
    expect(() => formatDate('2026-02-30')).toThrow(/not a date/);
  });
});

describe('dateSortKey', () => {
  it('orders partial dates before full dates of the same month', () => {
    const sorted = ['2025-08-22', '2025-08', '2025-07-25'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
    expect(sorted).toEqual(['2025-07-25', '2025-08', '2025-08-22']);
  });
});

describe('formatDate in Spanish', () => {
  it('writes day, month and year the Spanish way', () => {
    expect(formatDate('2017-08-28', 'es')).toBe('28 de agosto de 2017');
    expect(formatDate('2021-08-02', 'es')).toBe('2 de agosto de 2021');
    expect(formatDate('2025-08', 'es')).toBe('agosto de 2025');
    expect(formatDate('2019', 'es')).toBe('2019');
  });
});
