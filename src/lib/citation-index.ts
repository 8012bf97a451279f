/**
 * Turns a parsed citation into a place on the site, using only the rules' own
 * frontmatter: each rule's citation, pinpoint template, names and provisions.
 *
 *   provision  the citation names a provision the site explains → its URL
 *   rule       it names a whole rule the site covers → the rule page
 *   missing    it is well formed and names a rule on the site, but not a
 *              provision the site has → "no such provision", with the nearest real ones
 *   none       the site does not cover what it cites
 */
import { formatPinpoint } from './citation.ts';
import { nameKey, parseCitationCandidates, type ParsedCitation } from './citation-parser.ts';
import { parentRef, parseProvisionRef, provisionId } from './provision-id.ts';
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

export type Lookup =
  | ({ kind: 'provision' } & Place)
  | ({ kind: 'rule' } & Place)
  | { kind: 'missing'; ruleId: string; ruleTitle: string; citation: string; nearest: Place[] }
  | { kind: 'none' };

export interface CitationIndex {
  rules: Map<string, CitableRule>;
  /** "family|key" → rule ids that use that instrument. */
  instruments: Map<string, string[]>;
  /** name key → rule ids known by that name. */
  names: Map<string, string[]>;
}

const keyOf = (p: Pick<ParsedCitation, 'family' | 'key'>) => `${p.family}|${p.key}`;

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** The part of each rule the lookup needs (pass the rules of one language). */
export function toCitableRules(rules: Rule[]): CitableRule[] {
  return rules
    .map((r) => ({
      id: r.id,
      title: r.data.title,
      shortTitle: r.data.shortTitle,
      citation: r.data.citation,
      pinpoint: r.data.pinpoint,
      aliases: r.data.aliases,
      provisions: r.data.provisions.map((p) => ({ at: p.at, term: p.term, heading: p.heading })),
    }));
}

export function buildCitationIndex(rules: CitableRule[]): CitationIndex {
  const index: CitationIndex = { rules: new Map(rules.map((r) => [r.id, r])), instruments: new Map(), names: new Map() };
  for (const rule of rules) {
    const texts = [rule.citation, ...rule.aliases];
    for (const p of rule.provisions) if (rule.pinpoint && p.term === undefined) texts.push(formatPinpoint(rule.pinpoint, p.at));
    for (const text of texts) {
      const readings = parseCitationCandidates(text, { guess: false });
      if (readings.length === 0 && /[a-z]{2}/i.test(text)) addTo(index.names, nameKey(text), rule.id);
      for (const parsed of readings) {
        if (parsed.family === 'named') addTo(index.names, parsed.key, rule.id);
        else if (parsed.family === 'usc' || parsed.family === 'cfr') addTo(index.instruments, `${keyOf(parsed)}|${sectionOf(parsed.at)}`, rule.id);
        else addTo(index.instruments, keyOf(parsed), rule.id);
      }
    }
    for (const name of [rule.title, rule.shortTitle]) addTo(index.names, nameKey(name), rule.id);
  }
  return index;
}

/** For U.S. Code and C.F.R. the instrument is the section: 1357, 1373, 287.7. */
function sectionOf(at: string | undefined): string {
  return at ? (parseProvisionRef(at)?.section ?? at) : '';
}

function place(rule: CitableRule, at?: string, term?: string): Place {
  if (at === undefined || !rule.pinpoint) {
    return { ruleId: rule.id, ruleTitle: rule.title, citation: rule.citation, path: `rules/${rule.id}/` };
  }
  const p = rule.provisions.find((x) => x.at === at && x.term === term);
  return {
    ruleId: rule.id,
    ruleTitle: rule.title,
    citation: formatPinpoint(rule.pinpoint, at, term),
    path: `rules/${rule.id}/#${provisionId(at, term)}`,
    heading: p?.heading,
  };
}

function rulesFor(index: CitationIndex, parsed: ParsedCitation): CitableRule[] {
  let ids: string[] = [];
  if (parsed.family === 'named') ids = index.names.get(parsed.key) ?? [];
  else if (parsed.family === 'ilcs' && parsed.key.startsWith('?/')) {
    const act = parsed.key.slice(1);
    ids = [...new Set([...index.instruments].filter(([k]) => k.startsWith('ilcs|') && k.endsWith(act)).flatMap(([, v]) => v))];
  } else if (parsed.family === 'usc' || parsed.family === 'cfr') {
    ids = index.instruments.get(`${keyOf(parsed)}|${sectionOf(parsed.at)}`) ?? [];
  } else ids = index.instruments.get(keyOf(parsed)) ?? [];
  // A name shared by two rules is ambiguous: resolve nothing rather than guess.
  if (parsed.family === 'named' && ids.length > 1) return [];
  return ids.map((id) => index.rules.get(id)!).filter(Boolean);
}

function findAt(rule: CitableRule, at: string): string | undefined {
  const exact = rule.provisions.find((p) => p.term === undefined && p.at === at);
  if (exact) return exact.at;
  // "15(A)" typed for "15(a)": accept a different case only when it is unambiguous.
  const loose = rule.provisions.filter((p) => p.term === undefined && p.at.toLowerCase() === at.toLowerCase());
  return loose.length === 1 ? loose[0].at : undefined;
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

export function resolveParsed(index: CitationIndex, parsed: ParsedCitation): Lookup {
  const rules = rulesFor(index, parsed);
  if (rules.length === 0) return { kind: 'none' };
  if (parsed.at === undefined) return { kind: 'rule', ...place(rules[0]) };
  for (const rule of rules) {
    const at = findAt(rule, parsed.at);
    if (at !== undefined) return { kind: 'provision', ...place(rule, at) };
  }
  const rule = rules[0];
  if (!rule.pinpoint) return { kind: 'rule', ...place(rule) };
  return {
    kind: 'missing',
    ruleId: rule.id,
    ruleTitle: rule.title,
    citation: formatPinpoint(rule.pinpoint, parsed.at),
    nearest: nearestProvisions(rule, parsed.at).map((at) => place(rule, at)),
  };
}

/** Looks up what a person typed. Tries each reading of the text and keeps the most useful answer. */
export function lookupCitation(index: CitationIndex, input: string): Lookup {
  let best: Lookup = { kind: 'none' };
  for (const parsed of parseCitationCandidates(input)) {
    const found = resolveParsed(index, parsed);
    if (found.kind === 'provision' || found.kind === 'rule') return found;
    if (found.kind === 'missing' && best.kind === 'none') best = found;
  }
  return best;
}
