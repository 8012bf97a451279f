/**
 * Turns a parsed citation into a place on the site, using only the rules' own
 * frontmatter: each rule's citation, pinpoint template, names and provisions.
 *
 *   provision  the citation names a provision the site explains → its URL
 *   rule       it names a whole rule the site covers → the rule page
 *   missing    it is well formed and names a rule on the site, but not a
 *              provision the site has → "no such provision", with the nearest real ones
 *   list       places to choose from, never jumped to: every citation found in a
 *              longer text ("violations of the TRUST Act, 5 ILCS 805/1 et seq."), or
 *              every rule a shared name fits ("United States v. Illinois")
 *   none       the site does not cover what it cites
 */
import { nameKey, parseCitationCandidates, type ParsedCitation } from './citation-parser.ts';
import { findCitations } from './citation-scan.ts';
import { parentRef, parseProvisionRef, provisionKey } from './provision-id.ts';
import { provisionFacts } from './rule-model.ts';
import type { Rule } from './rules.ts';

/** What the resolver needs to know about a rule (a subset of its frontmatter). */
export interface CitableRule {
  id: string;
  title: string;
  shortTitle: string;
  citation: string;
  pinpoint?: string;
  aliases: string[];
  provisions: { at: string; term?: string; heading: string }[];
}

export interface Place {
  ruleId: string;
  ruleTitle: string;
  /** Canonical citation, e.g. "5 ILCS 805/15(e)". */
  citation: string;
  /** Site path relative to the base, e.g. "rules/il-trust-act/#15-e". */
  path: string;
  heading?: string;
}

/** One place a citation leads to, or the rule that lacks the provision it names. */
export type Resolved =
  ({ kind: 'provision' } & Place) | ({ kind: 'rule' } & Place) | { kind: 'missing'; ruleId: string; ruleTitle: string; citation: string; nearest: Place[] };

export type Lookup =
  | Resolved
  /**
   * Places to choose from: `ambiguous` when one name fits several rules; otherwise the
   * citations found in a text that is not itself one citation (one or more).
   */
  | { kind: 'list'; ambiguous: boolean; results: Resolved[] }
  | { kind: 'none' };

export interface CitationIndex {
  rules: Map<string, CitableRule>;
  /** "family|key" (or "family|key|section" for U.S. Code, C.F.R., forms and ILCS sections) → rule ids. */
  instruments: Map<string, string[]>;
  /** name key → rule ids known by that name. */
  names: Map<string, string[]>;
  /** "bill|SB667|rule-id" → the General Assembly of that bill, where an alias says it ("SB 667 (2021)"). */
  billGa: Map<string, number>;
}

const keyOf = (p: Pick<ParsedCitation, 'family' | 'key'>) => `${p.family}|${p.key}`;

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** The part of each rule the lookup needs (pass the rules of one language). */
export function toCitableRules(rules: Rule[]): CitableRule[] {
  return rules.map((r) => ({
    id: r.id,
    title: r.data.title,
    shortTitle: r.data.shortTitle,
    citation: r.data.citation,
    pinpoint: r.data.pinpoint,
    aliases: r.data.aliases,
    provisions: r.data.provisions.map((p) => ({ at: p.at, term: p.term, heading: p.heading })),
  }));
}

/** For U.S. Code, C.F.R. and ILCS sections the instrument is the section: 1357, 287.7, 22-105. */
function sectionOf(at: string | undefined): string {
  return at ? (parseProvisionRef(at)?.section ?? at) : '';
}

/** The instrument keys a reading belongs under (empty for readings that cannot name an instrument). */
function instrumentKeys(p: ParsedCitation): string[] {
  if (p.key === '?' || p.key.startsWith('?/')) return [];
  switch (p.family) {
    case 'usc':
    case 'cfr':
    case 'ilcs':
      return p.at === undefined ? [keyOf(p)] : [`${keyOf(p)}|${sectionOf(p.at)}`];
    case 'form':
      return p.at ? [`form|${p.key}|${p.at}`] : [];
    case 'named':
      return [];
    default:
      return [keyOf(p)];
  }
}

/** "21-3334" or "No. 21-3334" written alone in a case's aliases is its appeal number. */
const BARE_DOCKET = /^(?:No\. ?)?(\d{2})-(\d{3,5})$/;

export function buildCitationIndex(rules: CitableRule[]): CitationIndex {
  const index: CitationIndex = { rules: new Map(rules.map((r) => [r.id, r])), instruments: new Map(), names: new Map(), billGa: new Map() };
  for (const rule of rules) {
    const texts = [rule.citation, ...rule.aliases];
    for (const p of rule.provisions) if (rule.pinpoint && p.term === undefined) texts.push(provisionFacts(rule.pinpoint, p.at).citation);
    for (const text of texts) {
      const readings = parseCitationCandidates(text, { guess: false });
      if (readings.length === 0) {
        const docket = text.trim().match(BARE_DOCKET);
        if (docket && !rule.pinpoint) addTo(index.instruments, `docket|a:${Number(docket[1])}-${Number(docket[2])}`, rule.id);
        else if (/[a-z]{2}/i.test(text)) addTo(index.names, nameKey(text), rule.id);
      }
      for (const parsed of readings) {
        if (parsed.family === 'named') addTo(index.names, parsed.key, rule.id);
        for (const key of instrumentKeys(parsed)) addTo(index.instruments, key, rule.id);
        if (parsed.family === 'bill' && parsed.ga) index.billGa.set(`${keyOf(parsed)}|${rule.id}`, parsed.ga);
      }
    }
    for (const name of [rule.title, rule.shortTitle]) addTo(index.names, nameKey(name), rule.id);
  }
  return index;
}

/** A rule's provisions by key, and its plain ones (no term) by lower-case pinpoint: constant-time lookups. */
interface ProvisionTable {
  byKey: Map<string, CitableRule['provisions'][number]>;
  byLowerAt: Map<string, string[]>;
}

const tables = new WeakMap<CitableRule, ProvisionTable>();

function tableOf(rule: CitableRule): ProvisionTable {
  let table = tables.get(rule);
  if (!table) {
    table = { byKey: new Map(), byLowerAt: new Map() };
    for (const p of rule.provisions) {
      const key = provisionKey(p.at, p.term);
      if (!table.byKey.has(key)) table.byKey.set(key, p);
      if (p.term === undefined) table.byLowerAt.set(p.at.toLowerCase(), [...(table.byLowerAt.get(p.at.toLowerCase()) ?? []), p.at]);
    }
    tables.set(rule, table);
  }
  return table;
}

/** Where a rule or one of its provisions is: its citation and anchor come from the rule model's provisionFacts. */
function place(rule: CitableRule, at?: string, term?: string): Place {
  if (at === undefined || !rule.pinpoint) {
    return { ruleId: rule.id, ruleTitle: rule.title, citation: rule.citation, path: `rules/${rule.id}/` };
  }
  const facts = provisionFacts(rule.pinpoint, at, term);
  return {
    ruleId: rule.id,
    ruleTitle: rule.title,
    citation: facts.citation,
    path: `rules/${rule.id}/#${facts.anchor}`,
    heading: tableOf(rule).byKey.get(provisionKey(at, term))?.heading,
  };
}

/** Rule ids an instrument key prefix matches: every key "family|…" that `test` accepts. */
function idsWhere(index: CitationIndex, test: (key: string) => boolean): string[] {
  return [...new Set([...index.instruments].filter(([k]) => test(k)).flatMap(([, v]) => v))];
}

/** The rule ids a reading may belong to (several only for a shared name or alias). */
export function ruleIdsFor(index: CitationIndex, parsed: ParsedCitation): string[] {
  switch (parsed.family) {
    case 'named':
      return index.names.get(parsed.key) ?? [];
    case 'ilcs': {
      const section = sectionOf(parsed.at);
      if (parsed.key.startsWith('?/')) {
        const act = parsed.key.slice(1);
        return idsWhere(index, (k) => {
          const [family, key, sec] = k.split('|');
          return family === 'ilcs' && key.endsWith(act) && (sec === undefined || sec === section);
        });
      }
      return [...new Set([...(index.instruments.get(keyOf(parsed)) ?? []), ...(section ? (index.instruments.get(`${keyOf(parsed)}|${section}`) ?? []) : [])])];
    }
    case 'usc':
    case 'cfr': {
      const section = sectionOf(parsed.at);
      if (parsed.key === '?') return idsWhere(index, (k) => k.startsWith(`${parsed.family}|`) && k.endsWith(`|${section}`));
      return index.instruments.get(`${keyOf(parsed)}|${section}`) ?? [];
    }
    case 'form':
      return index.instruments.get(`form|${parsed.key}|${parsed.at}`) ?? [];
    case 'bill': {
      const ids = index.instruments.get(keyOf(parsed)) ?? [];
      if (!parsed.ga) return ids;
      // "10300SB0667" is another bill than SB 667 of the 102nd General Assembly.
      return ids.filter((id) => {
        const ga = index.billGa.get(`${keyOf(parsed)}|${id}`);
        return ga === undefined || ga === parsed.ga;
      });
    }
    default:
      return index.instruments.get(keyOf(parsed)) ?? [];
  }
}

function findAt(rule: CitableRule, at: string): string | undefined {
  const table = tableOf(rule);
  if (table.byKey.has(at)) return at; // a plain provision's key is its pinpoint; a term's key has "|"
  // "15(A)" typed for "15(a)": accept a different case only when it is unambiguous.
  const loose = table.byLowerAt.get(at.toLowerCase()) ?? [];
  return loose.length === 1 ? loose[0] : undefined;
}

/** Number of the last level of a reference, for "nearest" ranking: "2-173-099" → 99, "(c)" → 3. */
function lastNumber(at: string): number {
  const ref = parseProvisionRef(at);
  const last = ref && ref.parts.length > 0 ? ref.parts[ref.parts.length - 1] : (ref?.section.split(/[-.]/).pop() ?? at);
  if (/^\d+$/.test(last)) return Number(last);
  if (/^[a-z]$/i.test(last)) return last.toLowerCase().charCodeAt(0) - 96;
  return Number.NaN;
}

/** Up to `n` real provisions closest to a missing one: its nearest existing ancestor, then its nearest siblings. */
export function nearestProvisions(rule: CitableRule, at: string, n = 3): string[] {
  const plain = rule.provisions.filter((p) => p.term === undefined).map((p) => p.at);
  const ancestors: string[] = [];
  for (let up = parentRef(at); up !== null; up = parentRef(up)) if (plain.includes(up)) ancestors.push(up);
  const parent = parentRef(at);
  const target = lastNumber(at);
  const siblings = plain
    .filter((p) => parentRef(p) === parent && p !== at)
    .map((p) => ({ p, d: Math.abs(lastNumber(p) - target) }))
    .sort((a, b) => (Number.isNaN(a.d) ? 1 : Number.isNaN(b.d) ? -1 : a.d - b.d))
    .map((x) => x.p);
  return [...new Set([...ancestors.slice(0, 1), ...siblings])].slice(0, n);
}

/** A provision of one rule, or that rule's "no such provision" answer. */
export function resolveIn(rule: CitableRule, at: string | undefined): Resolved {
  if (at === undefined) return { kind: 'rule', ...place(rule) };
  const found = findAt(rule, at);
  if (found !== undefined) return { kind: 'provision', ...place(rule, found) };
  if (!rule.pinpoint || !parseProvisionRef(at)) return { kind: 'rule', ...place(rule) };
  return {
    kind: 'missing',
    ruleId: rule.id,
    ruleTitle: rule.title,
    citation: provisionFacts(rule.pinpoint, at).citation,
    nearest: nearestProvisions(rule, at).map((a) => place(rule, a)),
  };
}

/** Several rule ids known by one name or alias: each of them, as an ambiguous answer. */
export function severalRules(index: CitationIndex, ids: string[], at?: string): Lookup {
  const rules = ids.map((id) => index.rules.get(id)).filter((r): r is CitableRule => r !== undefined);
  if (rules.length === 0) return { kind: 'none' };
  if (rules.length === 1) return resolveIn(rules[0], at);
  return { kind: 'list', ambiguous: true, results: rules.map((r) => resolveIn(r, at)) };
}

export function resolveParsed(index: CitationIndex, parsed: ParsedCitation): Lookup {
  const rules = ruleIdsFor(index, parsed)
    .map((id) => index.rules.get(id))
    .filter((r): r is CitableRule => r !== undefined);
  if (rules.length === 0) return { kind: 'none' };
  // A name (or an alias) that two rules share: list both, never guess.
  if (rules.length > 1 && (parsed.family === 'named' || parsed.at === undefined))
    return severalRules(
      index,
      rules.map((r) => r.id),
      parsed.at,
    );
  if (parsed.at === undefined) return resolveIn(rules[0], undefined);
  for (const rule of rules) {
    const at = findAt(rule, parsed.at);
    if (at !== undefined) return { kind: 'provision', ...place(rule, at) };
  }
  return resolveIn(rules[0], parsed.at);
}

/** The places of a lookup, flattened: one for a single answer, each of a list. */
export function placesOf(result: Lookup): Resolved[] {
  if (result.kind === 'none') return [];
  return result.kind === 'list' ? result.results : [result];
}

const resolvedKey = (r: Resolved) => (r.kind === 'missing' ? `missing|${r.citation}` : r.path);

/** Longest text the lookup scans for citations when the whole text is not one (a pasted sentence or two). */
const LOOKUP_SCAN_LIMIT = 2000;

/**
 * Looks up what a person typed or pasted. The whole text is read as one
 * citation first ("5 ILCS 805/15(e)", "TRUST Act § 15"): a provision or a rule.
 * Failing that, every citation in it is found (`findCitations`), so words around
 * a citation, a source note or two citations in one string still land, as a list.
 */
export function lookupCitation(index: CitationIndex, input: string): Lookup {
  let best: Lookup = { kind: 'none' };
  for (const parsed of parseCitationCandidates(input)) {
    const found = resolveParsed(index, parsed);
    if (found.kind === 'provision' || found.kind === 'rule' || found.kind === 'list') return found;
    if (found.kind === 'missing' && best.kind === 'none') best = found;
  }
  if (best.kind !== 'none' || typeof input !== 'string') return best;
  const bare = input.trim().match(/^(\d{2})-(\d{3,5})$/);
  if (bare) {
    const docket = resolveParsed(index, { family: 'docket', key: `a:${Number(bare[1])}-${Number(bare[2])}` });
    if (docket.kind !== 'none') return docket;
  }
  if (input.length > LOOKUP_SCAN_LIMIT) return best;
  const found = findCitations(input, index).filter((f) => f.result.kind !== 'none');
  if (found.length === 0) return best;
  // One "no such provision" or one shared name says all there is to say; anything else found inside a
  // longer text is offered as a list, so a page never jumps away on a citation the reader did not type alone.
  if (found.length === 1) {
    const only = found[0];
    const around = input.slice(0, only.start) + input.slice(only.end);
    // The finding is the whole text but for brackets and punctuation ("United States v. Illinois, No. 1:25-cv-01285"),
    // or it is an answer that does not jump anyway.
    if (!/[\p{L}\p{N}]/u.test(around) || only.result.kind === 'missing' || only.result.kind === 'list') return only.result;
  }
  const results: Resolved[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    for (const r of placesOf(f.result)) {
      if (!seen.has(resolvedKey(r))) {
        seen.add(resolvedKey(r));
        results.push(r);
      }
    }
  }
  return { kind: 'list', ambiguous: false, results };
}
