/**
 * Pure helpers for the search page, kept out of the browser script so they
 * can be unit-tested: which provision sub-results to show, in which order,
 * and how the search state is written to the URL. Which words to search for
 * is src/lib/search-query.ts.
 */

/** A query that may be a citation (it has a digit or a section sign): searched and looked up as typed. */
export function looksLikeCitation(query: string): boolean {
  return /[\d§]/.test(query);
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** How strongly a sub-result matched: the sum of its word hits' balanced scores. */
function strength(sub: SubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How well a sub-result's title matches the query as typed: 2 when the title
 * starts with it as a whole citation ("5 ILCS 805/15" matches the heading
 * "5 ILCS 805/15 What police…" but not "5 ILCS 805/15(a) …"), 1 when the title
 * contains it anywhere, 0 otherwise.
 */
export function titleMatch(title: string, query: string): number {
  const t = normalise(title);
  const q = normalise(query);
  if (!q) return 0;
  if (t.startsWith(q) && (t.length === q.length || t[q.length] === ' ')) return 2;
  return t.includes(q) ? 1 : 0;
}

/**
 * The provision sub-results worth showing under a page result: only those that
 * point at an anchor (not the page top); the provision the query names first,
 * then the strongest matches, then page order; at most `limit`.
 */
export function pickSubResults(pageUrl: string, subs: SubResult[], query: string, limit = 5): SubResult[] {
  return subs
    .map((sub, order) => ({ sub, order, title: titleMatch(sub.title, query), score: strength(sub) }))
    .filter(({ sub }) => sub.url.includes('#') && sub.url !== pageUrl)
    .sort((a, b) => b.title - a.title || b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => sub);
}

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
}

/** Reads ?q= and filter parameters (e.g. ?jurisdiction=Illinois) from a query string. */
export function readSearchState(search: string, filterNames: string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter((v) => v.length > 0);
    if (values.length > 0) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').slice(0, 200), filters };
}

/** The query string for a search state: "?q=805%2F15&kind=State+statute". */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) params.append(name, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
