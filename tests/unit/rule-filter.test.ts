import { describe, expect, it } from 'vitest';
import { matches, selectionFromSearch } from '../../src/lib/rule-filter.ts';

describe('matches', () => {
  const card = { jurisdiction: 'chicago', kind: 'ordinance', status: 'in-force' };
  it('matches when every chosen facet agrees', () => {
    expect(matches(card, {})).toBe(true);
    expect(matches(card, { jurisdiction: 'chicago', status: 'in-force' })).toBe(true);
  });
  it('does not match when any chosen facet differs', () => {
    expect(matches(card, { jurisdiction: 'illinois' })).toBe(false);
    expect(matches(card, { jurisdiction: 'chicago', kind: 'statute' })).toBe(false);
  });
});

describe('selectionFromSearch', () => {
  it('keeps known facets only', () => {
    expect(selectionFromSearch('?jurisdiction=federal&colour=red&kind=')).toEqual({ jurisdiction: 'federal' });
  });
});
