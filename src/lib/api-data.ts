/**
 * Builds the open-data files from the loaded content. Pure: the endpoints in
 * src/pages/api/ only serialise what this returns.
 */
import { formatPinpoint } from './citation.ts';
import { parseCitation } from './citation-parser.ts';
import { provisionId } from './provision-id.ts';
import { provisionSourceId, provisionPath, rulePath, type Rule } from './rules.ts';
import type { ApiProvision, ApiRule } from '../schemas/api.ts';
import type { Source } from '../schemas/source.ts';

function apiSource(s: Source) {
  return { id: s.id, title: s.title, publisher: s.publisher, url: s.url, official: s.official, checked: s.checked ?? null, checkedVia: s.checkedVia };
}

/** Short forms people type for a provision: "805/15(e)" for an ILCS pinpoint, and "<short title> § <at>". */
export function provisionAliases(rule: Rule, at: string, term?: string): string[] {
  if (term !== undefined || !rule.data.pinpoint) return [];
  const out: string[] = [];
  const parsed = parseCitation(formatPinpoint(rule.data.pinpoint, at));
  if (parsed?.family === 'ilcs') out.push(`${parsed.key.split('/')[1]}/${at}`);
  // Keep the rule's own word for a part: CPD directives say "Item III-A", codes say "§".
  const marker = /\bItem $/.test(rule.data.pinpoint.split('{at}')[0]) ? 'Item' : '§';
  out.push(`${rule.data.shortTitle} ${marker} ${at}`);
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
    rule.data.provisions.map((p) => {
      const anchor = provisionId(p.at, p.term);
      const sourceId = provisionSourceId(rule, p.at, p.term, sources);
      const source = sourceId ? sources.get(sourceId) : undefined;
      return {
        id: `${rule.id}#${anchor}`,
        rule: rule.id,
        ruleTitle: rule.data.title,
        anchor,
        at: p.at,
        term: p.term ?? null,
        citation: formatPinpoint(rule.data.pinpoint!, p.at, p.term),
        bluebook: formatPinpoint(rule.data.bluebook ?? rule.data.pinpoint!, p.at, p.term),
        aliases: provisionAliases(rule, p.at, p.term),
        title: p.heading,
        officialTitle: p.officialTitle ?? null,
        url: new URL(provisionPath(base, rule.id, p.at, p.term), origin).href,
        verification: p.verification,
        lastReviewed: rule.data.lastReviewed,
        source: source ? apiSource(source) : null,
      };
    }),
  );
}
