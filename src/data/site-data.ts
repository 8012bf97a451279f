/**
 * Loads the content collections once per build, runs the cross-file checks and
 * fails the build, naming every file and field at fault, when any check fails.
 */
import { getCollection } from 'astro:content';
import {
  checkCards,
  checkContacts,
  checkMdxBodies,
  checkContent,
  checkCrosswalk,
  checkGlossary,
  formatIssues,
  type LoadedContact,
  type LoadedCrosswalkTopic,
  type LoadedGlossaryEntry,
} from '../lib/content-checks.ts';
import { buildRelations, type Relation } from '../lib/relations.ts';
import { sortRules } from '../lib/rule-order.ts';
import type { Rule } from '../lib/rules.ts';
import { checkPagePairs, checkPairs, checkTranslation, mergeTranslation } from '../lib/translations.ts';
import type { Lang } from '../i18n/locale.ts';
import type { Source } from '../schemas/source.ts';

export interface SiteData {
  /** English rules, in list order. */
  rules: Rule[];
  rulesById: Map<string, Rule>;
  /** Rules in each language (Spanish: English facts with Spanish words). */
  rulesByLang: Record<Lang, Rule[]>;
  ruleMaps: Record<Lang, Map<string, Rule>>;
  sources: Map<string, Source>;
  /** Phone lines and offices, by id (content/contacts/). */
  contacts: Map<string, LoadedContact>;
  /** For each rule id: the related rule ids and how each relates (see src/lib/relations.ts). */
  relations: Map<string, Map<string, Set<Relation>>>;
  glossary: LoadedGlossaryEntry[];
  crosswalk: LoadedCrosswalkTopic[];
}

const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? 'content';
const REGISTRY_FILE = `${CONTENT_DIR}/sources/*.yaml`;
/** Drafting only: build without failing on missing Spanish pages (they are left out, never faked). CI never sets it. */
const ALLOW_MISSING_TRANSLATIONS = process.env.SITE_ALLOW_MISSING_TRANSLATIONS === '1';

let cached: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  if (cached && !import.meta.env.DEV) return cached;
  cached = (async () => {
    const [ruleEntries, sourceEntries, contactEntries, glossaryEntries, crosswalkEntries, esEntries, pageEntries, guideEntries, cardEntries] = await Promise.all([
      getCollection('rules'),
      getCollection('sources'),
      getCollection('contacts'),
      getCollection('glossary'),
      getCollection('crosswalk'),
      getCollection('rulesEs'),
      getCollection('pages'),
      getCollection('guides'),
      getCollection('card'),
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
    const rulesById = new Map(rules.map((r) => [r.id, r]));
    const contacts = new Map(contactEntries.map((e) => [e.id, { id: e.id, filePath: e.filePath ?? `${CONTENT_DIR}/contacts/`, data: e.data }]));
    const translations = esEntries.map((e) => ({ id: e.id, filePath: e.filePath ?? `${CONTENT_DIR}/es/rules/${e.id}.mdx`, data: e.data }));
    const issues = [
      ...checkContent(rules, sources, REGISTRY_FILE),
      ...checkContacts([...contacts.values()], sources),
      ...checkMdxBodies(
        [...ruleEntries, ...esEntries, ...pageEntries, ...guideEntries, ...cardEntries].map((e) => ({ filePath: e.filePath ?? e.id, body: e.body ?? '' })),
      ),
      ...checkCards(
        cardEntries.map((e) => ({ id: e.id, filePath: e.filePath ?? `${CONTENT_DIR}/card/${e.id}.mdx`, contacts: e.data.contacts })),
        contacts,
        `${CONTENT_DIR}/card`,
      ),
      ...checkGlossary(glossary, rules, ALLOW_MISSING_TRANSLATIONS),
      ...checkCrosswalk(crosswalk, rules, ALLOW_MISSING_TRANSLATIONS),
      ...checkPairs(rules, translations, ALLOW_MISSING_TRANSLATIONS, `${CONTENT_DIR}/rules`, `${CONTENT_DIR}/es/rules`),
      ...translations.flatMap((tr) => (rulesById.has(tr.id) ? checkTranslation(rulesById.get(tr.id)!, tr) : [])),
      ...checkPagePairs(pageEntries.map((e) => ({ id: e.id, filePath: e.filePath ?? `${CONTENT_DIR}/pages/${e.id}.mdx` })), ALLOW_MISSING_TRANSLATIONS, 'pages', true),
      ...checkPagePairs(guideEntries.map((e) => ({ id: e.id, filePath: e.filePath ?? `${CONTENT_DIR}/guides/${e.id}.mdx` })), ALLOW_MISSING_TRANSLATIONS, 'guides', false),
    ];
    if (issues.length > 0) {
      throw new Error(`Content check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${formatIssues(issues)}`);
    }
    const relations = buildRelations(ruleEntries.map((e) => ({ id: e.id, body: e.body ?? '', related: e.data.related })));
    const byId = new Map(translations.map((tr) => [tr.id, tr]));
    const spanish = rules.filter((r) => byId.has(r.id)).map((r) => mergeTranslation(r, byId.get(r.id)!));
    return {
      rules,
      rulesById,
      rulesByLang: { en: rules, es: spanish },
      ruleMaps: { en: rulesById, es: new Map(spanish.map((r) => [r.id, r])) },
      sources,
      contacts,
      relations,
      glossary,
      crosswalk,
    };
  })();
  return cached;
}

export async function getRule(id: string): Promise<Rule | undefined> {
  return (await loadSiteData()).rulesById.get(id);
}
