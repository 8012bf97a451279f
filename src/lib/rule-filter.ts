/**
 * The rules index filter, as pure logic: which facets a rule card has, and
 * whether it matches the chosen values. The page script (src/scripts/rule-filter.ts)
 * only wires this to the form.
 */
export const FACETS = ['jurisdiction', 'kind', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export type Selection = Partial<Record<Facet, string>>;

/** True when a card matches every chosen facet value (an empty value means "any"). */
export function matches(card: Partial<Record<Facet, string>>, selection: Selection): boolean {
  return FACETS.every((f) => !selection[f] || card[f] === selection[f]);
}

/** Reads a selection from a query string, keeping only known facets. */
export function selectionFromSearch(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) selection[f] = v;
  }
  return selection;
}
