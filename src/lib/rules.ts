/**
 * Pure helpers over loaded rule data: finding a provision, resolving which
 * official text it links to, and building the URLs the site prints.
 */
import { formatPinpoint, pinpointParts } from './citation.ts';
import { DEFAULT_LANG, rulePath } from './paths.ts';
import { parentRef, provisionId, provisionKey } from './provision-id.ts';

export { rulePath };
import type { ProvisionEntry } from '../schemas/provision.ts';
import type { RuleData } from '../schemas/rule.ts';
import type { Source } from '../schemas/source.ts';

/** A rule as the site uses it: its collection id, the file it came from, and its data. */
export interface Rule {
  id: string;
  filePath: string;
  data: RuleData;
}

export function findProvision(rule: Rule, at: string, term?: string): ProvisionEntry | undefined {
  const key = provisionKey(at, term);
  return rule.data.provisions.find((p) => provisionKey(p.at, p.term) === key);
}

/**
 * The pinpoint of the provision one level up: a term sits under its section;
 * an explicit `parent` wins; otherwise the parentheses say it ("15(a)" → "15").
 */
export function parentOf(p: { at: string; term?: string; parent?: string }): string | null {
  if (p.term !== undefined) return p.at;
  return p.parent ?? parentRef(p.at);
}

/** How many levels a provision sits below the top of its rule (a section is 0). */
export function provisionDepth(rule: Rule, at: string, term?: string): number {
  let depth = 0;
  let p = findProvision(rule, at, term);
  const seen = new Set<string>();
  while (p) {
    const up = parentOf(p);
    if (up === null || seen.has(up)) break;
    seen.add(up);
    depth++;
    p = findProvision(rule, up);
  }
  return depth;
}

/** The canonical citation of a provision, e.g. "5 ILCS 805/15(e)". */
export function provisionCitation(rule: Rule, at: string, term?: string, definitionOf?: string): string {
  return formatPinpoint(pinpointOf(rule), at, term, definitionOf);
}

function pinpointOf(rule: Rule): string {
  if (!rule.data.pinpoint) throw new Error(`${rule.filePath}: has provisions but no "pinpoint" citation template`);
  return rule.data.pinpoint;
}

/** The Bluebook-style citation of a provision (the rule's `bluebook` template, else its pinpoint). */
export function provisionBluebook(rule: Rule, at: string, term?: string, definitionOf?: string): string {
  return formatPinpoint(rule.data.bluebook ?? pinpointOf(rule), at, term, definitionOf);
}

/** The citation split so the pinpoint can be kept on one line (see pinpointParts). */
export function provisionCitationParts(rule: Rule, at: string, term?: string, definitionOf?: string): { pinpoint: string; suffix: string } {
  return pinpointParts(pinpointOf(rule), at, term, definitionOf);
}

/**
 * The source registry id of a provision's official text: its own, else its
 * nearest ancestor's, else the rule's first official source.
 */
export function provisionSourceId(rule: Rule, at: string, term: string | undefined, sources: Map<string, Source>): string | undefined {
  let p = findProvision(rule, at, term);
  const seen = new Set<string>();
  while (p) {
    if (p.source) return p.source;
    const up = parentOf(p);
    if (up === null || seen.has(up)) break;
    seen.add(up);
    p = findProvision(rule, up);
  }
  return rule.data.sources.find((id) => sources.get(id)?.official);
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
