/**
 * A rule as the site loads it, and the few helpers that need only its
 * frontmatter: finding a declared provision, the rule's official source and
 * the URLs the site prints. Everything derived per provision (citation,
 * anchor, depth, inherited source, official address) lives in the rule model,
 * src/lib/rule-model.ts.
 */
import { DEFAULT_LANG, rulePath } from './paths.ts';
import { provisionId, provisionKey } from './provision-id.ts';
import type { ProvisionEntry } from '../schemas/provision.ts';
import type { RuleData } from '../schemas/rule.ts';
import type { Source } from '../schemas/source.ts';

export { rulePath };

/** A rule as the site uses it: its collection id, the file it came from, and its data. */
export interface Rule {
  id: string;
  filePath: string;
  data: RuleData;
}

/** A declared provision, for checks that run before the models exist (see src/lib/content-checks.ts). */
export function findProvision(rule: Rule, at: string, term?: string): ProvisionEntry | undefined {
  const key = provisionKey(at, term);
  return rule.data.provisions.find((p) => provisionKey(p.at, p.term) === key);
}

/** Site path of one provision: "/rules/il-trust-act/#15-e" (the anchor is the same in every language). */
export function provisionPath(base: string, ruleId: string, at: string, term?: string, lang: string = DEFAULT_LANG): string {
  return `${rulePath(base, ruleId, lang)}#${provisionId(at, term)}`;
}

/** The rule's first official source (the text a reader should check our words against), if it has one. */
export function officialSourceOf(rule: Rule, sources: Map<string, Source>): Source | undefined {
  const id = rule.data.sources.find((s) => sources.get(s)?.official);
  return id === undefined ? undefined : sources.get(id);
}
