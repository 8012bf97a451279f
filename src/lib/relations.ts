/**
 * Which rules relate to which, generated from the content itself so nothing is
 * written twice: a rule relates to every rule its MDX body cites with <Cite>,
 * to every rule whose body cites it, and to the rules listed in `related` on
 * either side.
 */

export type Relation = 'cites' | 'cited-by' | 'see-also';

/** Rule ids cited by <Cite rule="…"> in an MDX body, in order of first use. */
export function citedRuleIds(body: string): string[] {
  const ids = [...body.matchAll(/<Cite\b[^>]*?\brule=(["'])([^"']+)\1/g)].map((m) => m[2]);
  return [...new Set(ids)];
}

export interface RelationInput {
  id: string;
  body: string;
  related: string[];
}

/** For each rule, its related rules and how each is related (a rule may be both cited and citing). */
export function buildRelations(rules: RelationInput[]): Map<string, Map<string, Set<Relation>>> {
  const out = new Map<string, Map<string, Set<Relation>>>(rules.map((r) => [r.id, new Map()]));
  const add = (from: string, to: string, relation: Relation) => {
    if (from === to || !out.has(from) || !out.has(to)) return;
    const rel = out.get(from)!;
    if (!rel.has(to)) rel.set(to, new Set());
    rel.get(to)!.add(relation);
  };
  for (const rule of rules) {
    for (const target of citedRuleIds(rule.body)) {
      add(rule.id, target, 'cites');
      add(target, rule.id, 'cited-by');
    }
    for (const target of rule.related) {
      add(rule.id, target, 'see-also');
      add(target, rule.id, 'see-also');
    }
  }
  return out;
}
