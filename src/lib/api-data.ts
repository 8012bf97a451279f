/**
 * Builds the open-data files from the loaded content. Pure: the endpoints in
 * src/pages/api/ only serialise what this returns. Every per-provision fact is
 * read from the rule's model (src/lib/rule-model.ts), the same one the pages print.
 */
import { AT_PLACEHOLDER } from './citation.ts';
import { parseCitation } from './citation-parser.ts';
import { ruleModel, underBase, type ProvisionModel } from './rule-model.ts';
import { rulePath, type Rule } from './rules.ts';
import type { ApiProvision, ApiRule } from '../schemas/api.ts';
import type { Source } from '../schemas/source.ts';

function apiSource(s: Source) {
  return { id: s.id, title: s.title, publisher: s.publisher, url: s.url, official: s.official, checked: s.checked ?? null, checkedVia: s.checkedVia };
}

/** Short forms people type for a provision: "805/15(e)" for an ILCS pinpoint, and "<short title> § <at>". */
export function provisionAliases(rule: Rule, p: ProvisionModel): string[] {
  if (p.entry.term !== undefined || !rule.data.pinpoint) return [];
  const out: string[] = [];
  const parsed = parseCitation(p.citation);
  if (parsed?.family === 'ilcs') out.push(`${parsed.key.split('/')[1]}/${p.entry.at}`);
  // Keep the rule's own word for a part: CPD directives say "Item III-A", codes say "§".
  const marker = /\bItem $/.test(rule.data.pinpoint.split(AT_PLACEHOLDER)[0]) ? 'Item' : '§';
  out.push(`${rule.data.shortTitle} ${marker} ${p.entry.at}`);
  return out;
}

export function apiRules(rules: Rule[], sources: Map<string, Source>, origin: string, base: string): ApiRule[] {
  return rules.map((rule) => {
    const d = rule.data;
    return {
      id: rule.id,
      title: d.title,
      shortTitle: d.shortTitle,
      kind: d.kind,
      jurisdiction: d.jurisdiction,
      lang: d.lang,
      citation: d.citation,
      pinpoint: d.pinpoint ?? null,
      aliases: d.aliases,
      status: { value: d.status.value, asOf: d.status.asOf, note: d.status.note ?? null },
      lastReviewed: d.lastReviewed,
      summary: d.summary,
      url: new URL(rulePath(base, rule.id), origin).href,
      sources: d.sources.map((id) => apiSource(sources.get(id)!)),
      provisions: d.provisions.map((p) => ({ at: p.at, term: p.term ?? null, heading: p.heading })),
    };
  });
}

export function apiProvisions(rules: Rule[], sources: Map<string, Source>, origin: string, base: string): ApiProvision[] {
  return rules.flatMap((rule) =>
    ruleModel(rule, sources).provisions.map((p) => {
      const source = p.sourceId ? sources.get(p.sourceId) : undefined;
      return {
        id: `${rule.id}#${p.anchor}`,
        rule: rule.id,
        ruleTitle: rule.data.title,
        anchor: p.anchor,
        at: p.entry.at,
        term: p.entry.term ?? null,
        citation: p.citation,
        bluebook: p.bluebook,
        aliases: provisionAliases(rule, p),
        title: p.entry.heading,
        officialTitle: p.entry.officialTitle ?? null,
        url: new URL(underBase(base, p.path), origin).href,
        verification: p.entry.verification,
        lastReviewed: rule.data.lastReviewed,
        source: source ? apiSource(source) : null,
      };
    }),
  );
}
