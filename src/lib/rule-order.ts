/**
 * The order rules are listed in: state law first, then the city, the county
 * and federal context; within each, by kind as listed in the taxonomy, then title.
 */
import { JURISDICTIONS, KINDS } from './taxonomy.ts';
import type { Rule } from './rules.ts';

const jurisdictionRank = Object.keys(JURISDICTIONS);
const kindRank = Object.keys(KINDS);

export function sortRules<T extends Pick<Rule, 'data'>>(rules: T[]): T[] {
  return [...rules].sort(
    (a, b) =>
      jurisdictionRank.indexOf(a.data.jurisdiction) - jurisdictionRank.indexOf(b.data.jurisdiction) ||
      kindRank.indexOf(a.data.kind) - kindRank.indexOf(b.data.kind) ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
}
