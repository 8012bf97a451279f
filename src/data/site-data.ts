/**
 * Loads the content collections once per build, runs the cross-file checks and
 * fails the build, naming every file and field at fault, when any check fails.
 */
import { getCollection } from 'astro:content';
import {
  checkContent,
  checkCrosswalk,
  checkGlossary,
  formatIssues,
  type LoadedCrosswalkTopic,
  type LoadedGlossaryEntry,
} from '../lib/content-checks.ts';
import { buildRelations, type Relation } from '../lib/relations.ts';
import { sortRules } from '../lib/rule-order.ts';
import type { Rule } from '../lib/rules.ts';
import type { Source } from '../schemas/source.ts';

export interface SiteData {
  rules: Rule[];
  rulesById: Map<string, Rule>;
  sources: Map<string, Source>;
  /** For each rule id: the related rule ids and how each relates (see src/lib/relations.ts). */
  relations: Map<string, Map<string, Set<Relation>>>;
  glossary: LoadedGlossaryEntry[];
  crosswalk: LoadedCrosswalkTopic[];
}

const REGISTRY_FILE = `${process.env.SITE_CONTENT_DIR ?? 'content'}/sources/*.yaml`;

let cached: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  if (cached && !import.meta.env.DEV) return cached;
  cached = (async () => {
    const [ruleEntries, sourceEntries, glossaryEntries, crosswalkEntries] = await Promise.all([
      getCollection('rules'),
      getCollection('sources'),
      getCollection('glossary'),
      getCollection('crosswalk'),
    ]);
    const rules = sortRules(
      ruleEntries.map((e) => ({ id: e.id, filePath: e.filePath ?? `content/rules/${e.id}.mdx`, data: e.data })),
    );
    const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
    const glossary = glossaryEntries
      .map((e) => ({ id: e.id, filePath: e.filePath ?? 'content/glossary/', data: e.data }))
      .sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
    const crosswalk = crosswalkEntries
      .map((e) => ({ id: e.id, filePath: e.filePath ?? 'content/crosswalk/', data: e.data }))
      .sort((a, b) => a.data.order - b.data.order);
    const issues = [
      ...checkContent(rules, sources, REGISTRY_FILE),
      ...checkGlossary(glossary, rules),
      ...checkCrosswalk(crosswalk, rules),
    ];
    if (issues.length > 0) {
      throw new Error(`Content check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${formatIssues(issues)}`);
    }
    const relations = buildRelations(ruleEntries.map((e) => ({ id: e.id, body: e.body ?? '', related: e.data.related })));
    return { rules, rulesById: new Map(rules.map((r) => [r.id, r])), sources, relations, glossary, crosswalk };
  })();
  return cached;
}

export async function getRule(id: string): Promise<Rule | undefined> {
  return (await loadSiteData()).rulesById.get(id);
}
