/**
 * Which rules relate to which, generated from the content itself so nothing is
 * written twice: a rule relates to every rule its MDX body cites with <Cite>,
 * to every rule whose body cites it, and to the rules listed in `related` on
 * either side. Bodies are read as MDX syntax trees (src/lib/mdx-tree.ts), so
 * only a real <Cite> element counts, never text that looks like one.
 */
import type { Parent } from 'mdast';
import { attribute, parseMdx } from './mdx-tree.ts';

export type Relation = 'cites' | 'cited-by' | 'see-also';

/**
 * Rule ids cited by <Cite rule="…"> in an MDX body, in order of first use. A body
 * that is not valid MDX cites nothing here (the content checks report it).
 */
export function citedRuleIds(body: string): string[] {
  let ids = cited.get(body);
  if (!ids) {
    ids = readCitedRuleIds(body);
    if (cited.size >= CACHE_LIMIT) cited.clear();
    cited.set(body, ids);
  }
  return [...ids];
}

/** Results by body text: in development the site data is loaded again for every component that asks for it. */
const cited = new Map<string, readonly string[]>();
const CACHE_LIMIT = 2000;

function readCitedRuleIds(body: string): string[] {
  if (!body.includes('<Cite')) return []; // nothing to parse for
  let tree;
  try {
    tree = parseMdx(body);
  } catch {
    return [];
  }
  const ids = new Set<string>();
  const walk = (parent: Parent) => {
    for (const node of parent.children) {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Cite') {
        const rule = attribute(node, 'rule');
        if (rule !== undefined) ids.add(rule);
      }
      if ('children' in node) walk(node);
    }
  };
  walk(tree);
  return [...ids];
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
