/**
 * The resolved model of a rule: every fact the site derives from a rule's
 * frontmatter, for each of its provisions, computed once per build and
 * language (src/data/site-data.ts builds it for every language) and looked up
 * by provision in constant time.
 *
 *   anchor       the permanent fragment id ("15-e"), from src/lib/provision-id.ts
 *   parentKey    the provision one level up, and `depth` below the top (a section is 0)
 *   citation     "5 ILCS 805/15(e)", split in `citationParts`, and the `bluebook` form
 *   sourceId     the source of its text: its own, else the nearest provision above
 *                it that has one, else the rule's first official source
 *   official     the finest official address of its text (see officialLink)
 *   path         where it lives on the site, under the base path ("rules/il-trust-act/#15-e")
 *
 * Every consumer reads it: <Provision>, <Cite> and <RuleBody>
 * (src/components/mdx/) and the open data (src/lib/api-data.ts). The citation
 * lookup (src/lib/citation-index.ts), which also runs in the browser on the
 * rules' frontmatter, places a provision with the same provisionFacts.
 *
 * The checks of a rule's body against its frontmatter (phase 3 in
 * src/data/site-data.ts) are pure functions here as well: resolveProvision,
 * resolveCite and unexplained return the error the component throws.
 *
 * Pure: no Astro, no file system. The cache in ruleModel only saves recomputing.
 */
import { pinpointParts } from './citation.ts';
import { DEFAULT_LANG, localePath } from './paths.ts';
import { officialUrlFor, parentOf, provisionId, provisionKey } from './provision-id.ts';
import type { Rule } from './rules.ts';
import type { ProvisionEntry } from '../schemas/provision.ts';
import type { Source } from '../schemas/source.ts';

/** Where a provision's "Official text" link goes, and why there. */
export interface OfficialLink {
  url: string;
  /**
   * pattern: built from the rule's `officialUrl`; source: an official source of
   * the provision itself or of one above it; rule: the rule's first official source.
   */
  from: 'pattern' | 'source' | 'rule';
  /** The source registry id, when the address is a registered source. */
  sourceId?: string;
}

export interface ProvisionModel {
  /** Position in the frontmatter `provisions` list. */
  index: number;
  /** The frontmatter entry, as declared (in this language: the heading is translated). */
  entry: ProvisionEntry;
  /** "15(e)" or "10|civil immigration warrant" (see provisionKey). */
  key: string;
  /** The permanent fragment id, "15-e". */
  anchor: string;
  /** The key of the provision one level up, or null for a top-level provision. */
  parentKey: string | null;
  /** How many levels below the top of the rule (a section is 0). */
  depth: number;
  /** "5 ILCS 805/15(e)", with a defined term: ' (definition of "…")' in the model's language. */
  citation: string;
  /** The citation split so the pinpoint stays on one line (see pinpointParts). */
  citationParts: { pinpoint: string; suffix: string };
  /** The Bluebook form (the rule's `bluebook` template, else its pinpoint). */
  bluebook: string;
  /** The source of its text declared on it or on the nearest provision above it. */
  textSourceId?: string;
  /** textSourceId, else the rule's first official source. */
  sourceId?: string;
  /** The finest official address of its text (absent only for a rule with no official source, which the build refuses). */
  official?: OfficialLink;
  /** The unofficial copy its text was read in, when its source is not official (shown beside the official text). */
  copySourceId?: string;
  /** That copy's address. */
  copyUrl?: string;
  /** Site path under the base, in the model's language: "rules/il-trust-act/#15-e", "es/rules/…". */
  path: string;
}

export interface RuleModel {
  id: string;
  /** The language of the rule pages its paths point to. */
  lang: string;
  rule: Rule;
  /** The file that holds the facts (the English file, also for a translation). */
  factsFile: string;
  /** Site path of the rule page under the base, "rules/il-trust-act/". */
  path: string;
  /** In frontmatter order. */
  provisions: ProvisionModel[];
  /** By provision key (see provisionKey): constant-time lookup. */
  byKey: ReadonlyMap<string, ProvisionModel>;
  /** The rule's first official source (the text a reader should check our words against). */
  officialSourceId?: string;
}

export interface ModelOptions {
  /** The language of the rule pages the model's paths point to (default English). */
  lang?: string;
  /** "definition of" in the reader's language, for defined terms. */
  definitionOf?: string;
  /** The file that holds the facts, for messages (default the rule's own file). */
  factsFile?: string;
}

/** "definition of" in English, the default words around a defined term (see pinpointParts). */
const DEFINITION_OF = 'definition of';

/** The facts of one provision that need only the pinpoint template: its anchor and citation. */
export function provisionFacts(
  template: string,
  at: string,
  term?: string,
  definitionOf = DEFINITION_OF,
): { anchor: string; citation: string; citationParts: { pinpoint: string; suffix: string } } {
  const citationParts = pinpointParts(template, at, term, definitionOf);
  return { anchor: provisionId(at, term), citation: citationParts.pinpoint + citationParts.suffix, citationParts };
}

/**
 * The finest official address of a provision's text: the rule's `officialUrl`
 * pattern filled with its section; else `nearestOfficialId`, the nearest
 * official source declared on it or on a provision above it; else the rule's
 * first official source.
 */
export function officialLink(
  pattern: string | undefined,
  at: string,
  nearestOfficialId: string | undefined,
  ruleSourceId: string | undefined,
  sources: ReadonlyMap<string, Source>,
): OfficialLink | undefined {
  if (pattern !== undefined) return { url: officialUrlFor(pattern, at), from: 'pattern' };
  const near = nearestOfficialId === undefined ? undefined : sources.get(nearestOfficialId);
  if (near) return { url: near.url, from: 'source', sourceId: nearestOfficialId };
  const rule = ruleSourceId === undefined ? undefined : sources.get(ruleSourceId);
  return rule ? { url: rule.url, from: 'rule', sourceId: ruleSourceId } : undefined;
}

/** Builds the model of one rule (see the module comment). Prefer ruleModel, which builds each model once. */
export function buildRuleModel(rule: Rule, sources: ReadonlyMap<string, Source>, options: ModelOptions = {}): RuleModel {
  const { lang = DEFAULT_LANG, definitionOf = DEFINITION_OF, factsFile = rule.filePath } = options;
  const d = rule.data;
  const template = d.pinpoint;
  if (d.provisions.length > 0 && template === undefined) throw new Error(`${rule.filePath}: has provisions but no "pinpoint" citation template`);
  const officialSourceId = d.sources.find((id) => sources.get(id)?.official);
  const rulePathUnderBase = localePath('', lang, `rules/${rule.id}/`).replace(/^\//, '');
  const byKey = new Map<string, ProvisionModel>();
  const nearestOfficial = new Map<string, string | undefined>();
  // Parents are declared before their children (src/schemas/rule.ts checks it), so one pass in order
  // resolves each provision from its parent's model: no walking up, no search.
  const provisions = d.provisions.map((entry, index): ProvisionModel => {
    const key = provisionKey(entry.at, entry.term);
    const up = parentOf(entry);
    const parentKey = up === null ? null : provisionKey(up);
    const parent = parentKey === null ? undefined : byKey.get(parentKey);
    const facts = provisionFacts(template!, entry.at, entry.term, definitionOf);
    const textSourceId = entry.source ?? parent?.textSourceId;
    const copy = textSourceId === undefined ? undefined : sources.get(textSourceId);
    const nearestOfficialId = entry.source !== undefined && sources.get(entry.source)?.official ? entry.source : parent && nearestOfficial.get(parent.key);
    nearestOfficial.set(key, nearestOfficialId);
    const model: ProvisionModel = {
      index,
      entry,
      key,
      anchor: facts.anchor,
      parentKey,
      // A parent that is not declared still counts as a level (the schema refuses that content anyway).
      depth: parentKey === null ? 0 : 1 + (parent?.depth ?? 0),
      citation: facts.citation,
      citationParts: facts.citationParts,
      bluebook: pinpointParts(d.bluebook ?? template!, entry.at, entry.term, definitionOf).pinpoint + facts.citationParts.suffix,
      textSourceId,
      sourceId: textSourceId ?? officialSourceId,
      official: officialLink(d.officialUrl?.pattern, entry.at, nearestOfficialId, officialSourceId, sources),
      copySourceId: copy && !copy.official ? textSourceId : undefined,
      copyUrl: copy && !copy.official ? copy.url : undefined,
      path: `${rulePathUnderBase}#${facts.anchor}`,
    };
    if (!byKey.has(key)) byKey.set(key, model);
    return model;
  });
  return { id: rule.id, lang, rule, factsFile, path: rulePathUnderBase, provisions, byKey, officialSourceId };
}

const cache = new WeakMap<Rule, WeakMap<ReadonlyMap<string, Source>, Map<string, RuleModel>>>();

/** The model of a rule, built once for each rule object, source registry and language. */
export function ruleModel(rule: Rule, sources: ReadonlyMap<string, Source>, options: ModelOptions = {}): RuleModel {
  const bySources = cache.get(rule) ?? new WeakMap<ReadonlyMap<string, Source>, Map<string, RuleModel>>();
  cache.set(rule, bySources);
  const byOptions = bySources.get(sources) ?? new Map<string, RuleModel>();
  bySources.set(sources, byOptions);
  const key = `${options.lang ?? DEFAULT_LANG}\u0000${options.definitionOf ?? DEFINITION_OF}`;
  let model = byOptions.get(key);
  if (!model) {
    model = buildRuleModel(rule, sources, options);
    byOptions.set(key, model);
  }
  return model;
}

/** One provision of a rule's model, or undefined when the rule does not declare it. */
export function provisionOf(model: RuleModel, at: string, term?: string): ProvisionModel | undefined {
  return model.byKey.get(provisionKey(at, term));
}

/** A site path under the base path: ("/some/base/", "rules/x/#1") → "/some/base/rules/x/#1". */
export function underBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

// ---------------------------------------------------------------------------
// The body against the frontmatter (phase 3): what the MDX components throw.

/** A component's answer: what to render, or the error that fails the build. */
export type Resolution<T> = ({ ok: true } & T) | { ok: false; error: string };

const provisionTag = (at: string, term?: string) => `<Provision at="${at}"${term ? ` term="${term}"` : ''}>`;

/**
 * What <Provision at="…" term="…"> renders, or why it cannot: it is outside a
 * rule's MDX body (`model` undefined), the frontmatter does not declare it, or
 * the body already explained it (`rendered` holds the keys explained so far).
 */
export function resolveProvision(
  model: RuleModel | undefined,
  rendered: ReadonlySet<string>,
  ref: { at: string; term?: string },
  pathname: string,
): Resolution<{ provision: ProvisionModel }> {
  const tag = provisionTag(ref.at, ref.term);
  if (!model) return { ok: false, error: `${tag} on ${pathname} can only be used inside a rule's MDX file` };
  const provision = provisionOf(model, ref.at, ref.term);
  if (!provision) return { ok: false, error: `${model.rule.filePath}: ${tag} is not declared in the frontmatter "provisions" list of this file` };
  if (rendered.has(provision.key)) return { ok: false, error: `${model.rule.filePath}: ${tag} appears more than once in the body` };
  return { ok: true, provision };
}

/** A cross-reference as written: <Cite rule="…" at="…" term="…" />. */
export interface CiteRef {
  rule: string;
  at?: string;
  term?: string;
}

/**
 * What <Cite> renders: the citation (split so the pinpoint stays on one line)
 * and the site path under the base, in the models' language; or the broken
 * reference, naming where it was written (`where`) and the file that lacks it.
 */
export function resolveCite(
  models: ReadonlyMap<string, RuleModel>,
  ref: CiteRef,
  where: string,
): Resolution<{ model: RuleModel; parts: { pinpoint: string; suffix: string }; path: string }> {
  const tag = `<Cite rule="${ref.rule}"${ref.at !== undefined ? ` at="${ref.at}"` : ''}${ref.term !== undefined ? ` term="${ref.term}"` : ''} />`;
  const broken = (why: string) => ({ ok: false as const, error: `Broken cross-reference in ${where}: ${tag}: ${why}` });
  const model = models.get(ref.rule);
  if (!model) return broken(`there is no rule "${ref.rule}" (rules: ${[...models.keys()].join(', ')})`);
  if (ref.at === undefined) {
    if (ref.term !== undefined) return broken('a term needs the section it is defined in (at="…")');
    return { ok: true, model, parts: { pinpoint: model.rule.data.citation, suffix: '' }, path: model.path };
  }
  const provision = provisionOf(model, ref.at, ref.term);
  if (!provision) return broken(`${model.factsFile} declares no provision "${ref.at}"${ref.term !== undefined ? ` with term "${ref.term}"` : ''}`);
  return { ok: true, model, parts: provision.citationParts, path: provision.path };
}

/** The error for declared provisions the body never explained, or null when every one was. */
export function unexplained(model: RuleModel, rendered: ReadonlySet<string>): string | null {
  const missing = model.provisions.filter((p) => !rendered.has(p.key));
  if (missing.length === 0) return null;
  const list = missing.map((p) => `provisions[${p.index}] "${p.entry.at}"${p.entry.term ? ` term "${p.entry.term}"` : ''}`).join(', ');
  return `${model.rule.filePath}: declared but never explained in the body: ${list}. Add a <Provision at="…"> block for each, or remove it from the frontmatter.`;
}
