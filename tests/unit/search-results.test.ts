import { describe, expect, it } from 'vitest';
import { pickSubResults, readSearchState, titleMatch, writeSearchState, type SubResult, looksLikeCitation } from '../../src/lib/search-results.ts';

const page = '/rules/il-trust-act/';
const sub = (anchor: string, title: string, score: number): SubResult => ({
  title,
  url: anchor ? `${page}#${anchor}` : page,
  excerpt: '',
  weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
});

describe('titleMatch', () => {
  it('prefers the provision the query names exactly', () => {
    expect(titleMatch('5 ILCS 805/15 What police may not do', '5 ILCS 805/15')).toBe(2);
    expect(titleMatch('5 ILCS 805/15(a) No holding anyone', '5 ILCS 805/15')).toBe(1);
    expect(titleMatch('5 ILCS 805/25 Reports', '5 ILCS 805/15')).toBe(0);
    expect(titleMatch('anything', '   ')).toBe(0);
  });
});

describe('pickSubResults', () => {
  const subs = [
    sub('', 'Illinois TRUST Act', 50),
    sub('1', '5 ILCS 805/1 The name', 10),
    sub('15', '5 ILCS 805/15 What police may not do', 5),
    sub('15-a', '5 ILCS 805/15(a) No holding', 8),
  ];
  it('puts the named provision first even when other parts score higher', () => {
    expect(pickSubResults(page, subs, '5 ILCS 805/15').map((s) => s.url)).toEqual([`${page}#15`, `${page}#15-a`, `${page}#1`]);
  });
  it('drops the page-top sub-result and orders the rest by score', () => {
    expect(pickSubResults(page, subs, 'detainer').map((s) => s.url)).toEqual([`${page}#1`, `${page}#15-a`, `${page}#15`]);
  });
  it('shows at most the limit', () => {
    expect(pickSubResults(page, subs, 'x', 2)).toHaveLength(2);
  });
});

describe('search state in the URL', () => {
  it('reads the query and known filters, ignoring others', () => {
    expect(readSearchState('?q=805%2F15&jurisdiction=Illinois&evil=1', ['jurisdiction', 'kind'])).toEqual({
      q: '805/15',
      filters: { jurisdiction: ['Illinois'] },
    });
  });
  it('caps a very long query', () => {
    expect(readSearchState(`?q=${'a'.repeat(5000)}`, []).q).toHaveLength(200);
  });
  it('writes a shareable query string and round-trips it', () => {
    const state = { q: '805/15(a)', filters: { kind: ['State statute'] } };
    const qs = writeSearchState(state);
    expect(qs).toBe('?q=805%2F15%28a%29&kind=State+statute');
    expect(readSearchState(qs, ['kind'])).toEqual(state);
    expect(writeSearchState({ q: '', filters: {} })).toBe('');
  });
});

describe('looksLikeCitation', () => {
  it('is true for anything with a digit or a section sign', () => {
    expect(looksLikeCitation('805/15')).toBe(true);
    expect(looksLikeCitation('§ ch.')).toBe(true);
    expect(looksLikeCitation('detainer')).toBe(false);
  });
});
