/**
 * Loads the content collections once per build, runs the cross-file checks and
 * fails the build, naming every file and field at fault, when any check fails.
 *
 * How content is checked, in three phases (the README points here; keep this list true):
 *   1. One file at a time (content sync): the Zod schemas in src/schemas/ and
 *      the YAML loader in src/loaders/ (unknown keys, bad dates, malformed
 *      references, duplicate provisions, parents declared after their children,
 *      a malformed citation template or official-address pattern).
 *   2. Across files (here, before any page renders): src/lib/content-checks.ts,
 *      src/lib/translations.ts, src/lib/mdx-lint.ts and src/lib/guide-structure.ts
 *      (sources exist, citations in YAML resolve, every translation lines up with
 *      its English file, required translations exist, MDX bodies read as a syntax
 *      tree: no inline component alone on a line inside a sentence, guides follow
 *      their template).
 *   3. Body against frontmatter (while a page renders): <Provision>, <Cite> and
 *      <RuleBody> throw what the pure functions of src/lib/rule-model.ts return
 *      (resolveProvision, resolveCite, unexplained: a provision declared but never
 *      explained or explained twice, a citation to a rule or provision that does
 *      not exist), and <Contact> refuses an unknown contact.
 *
 * It also builds each rule's model (src/lib/rule-model.ts) once, for every
 * language: the citations, anchors, depths, sources and official addresses every
 * page and the open data read.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
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
import { ruleModel, type RuleModel } from '../lib/rule-model.ts';
import { sortRules } from '../lib/rule-order.ts';
import type { Rule } from '../lib/rules.ts';
import { checkCoverage, checkTranslation, mergeTranslation, type LoadedTranslation } from '../lib/translations.ts';
import { DEFAULT_LANG, FULL_LANGS, LANGS, entryLanguage, language, ruleLang, t, type Lang } from '../i18n/index.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { Source } from '../schemas/source.ts';
import { compareOutlines, outlineGuide, usesTemplate } from '../lib/guide-structure.ts';

/** A guide in one language: the entry to render, and its data (English facts with the language's words). */
export interface Guide {
  id: string;
  entry: CollectionEntry<'guides'> | CollectionEntry<'guideTranslations'>;
  data: GuideData;
}

export interface SiteData {
  /** English rules, in list order. */
  rules: Rule[];
  rulesById: Map<string, Rule>;
  /** Rules in each full language (translations: English facts with translated words). */
  rulesByLang: Record<Lang, Rule[]>;
  ruleMaps: Record<Lang, Map<string, Rule>>;
  /**
   * Each rule's resolved model, by rule id, in every language (src/lib/rule-model.ts):
   * the facts of the English file, paths to the rule pages the language links to,
   * and "definition of" in that language.
   */
  models: Record<Lang, Map<string, RuleModel>>;
  sources: Map<string, Source>;
  /** Phone lines and offices, by id (content/contacts/). */
  contacts: Map<string, LoadedContact>;
  /** For each rule id: the related rule ids and how each relates (see src/lib/relations.ts). */
  relations: Map<string, Map<string, Set<Relation>>>;
  glossary: LoadedGlossaryEntry[];
  crosswalk: LoadedCrosswalkTopic[];
  /** Prose pages by language, then slug ("home", "rights", …). */
  pages: Map<Lang, Map<string, CollectionEntry<'pages'>>>;
  /** Guides by language, then id, in list order (translations: English facts with translated words). */
  guides: Map<Lang, Map<string, Guide>>;
  /** The rights card in each language that has one. */
  cards: Map<Lang, CollectionEntry<'card'>>;
}

const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? 'content';
const REGISTRY_FILE = `${CONTENT_DIR}/sources/*.yaml`;
/** Drafting only: build without failing on missing translations (they are left out, never faked). CI never sets it. */
const ALLOW_MISSING_TRANSLATIONS = process.env.SITE_ALLOW_MISSING_TRANSLATIONS === '1';

/** Groups entries by language, keyed by their id within the language. */
function byLanguage<E extends { id: string }>(entries: E[]): Map<Lang, Map<string, E>> {
  const out = new Map<Lang, Map<string, E>>(LANGS.map((l) => [l, new Map()]));
  for (const e of entries) {
    const { lang, slug } = entryLanguage(e.id);
    out.get(lang)!.set(slug, e);
  }
  return out;
}

let cached: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  if (cached && !import.meta.env.DEV) return cached;
  cached = (async () => {
    const [ruleEntries, sourceEntries, contactEntries, glossaryEntries, crosswalkEntries, trEntries, pageEntries, guideEntries, guideTrEntries, cardEntries] = await Promise.all([
      getCollection('rules'),
      getCollection('sources'),
      getCollection('contacts'),
      getCollection('glossary'),
      getCollection('crosswalk'),
      getCollection('ruleTranslations'),
      getCollection('pages'),
      getCollection('guides'),
      getCollection('guideTranslations'),
      getCollection('card'),
    ]);
    const fileOf = (e: { id: string; filePath?: string }, fallback: string) => e.filePath ?? fallback;
    const rules = sortRules(ruleEntries.map((e) => ({ id: e.id, filePath: fileOf(e, `${CONTENT_DIR}/rules/${e.id}.mdx`), data: e.data })));
    const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
    const glossary = glossaryEntries
      .map((e) => ({ id: e.id, filePath: fileOf(e, `${CONTENT_DIR}/glossary/`), data: e.data }))
      .sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
    const crosswalk = crosswalkEntries
      .map((e) => ({ id: e.id, filePath: fileOf(e, `${CONTENT_DIR}/crosswalk/`), data: e.data }))
      .sort((a, b) => a.data.order - b.data.order);
    const rulesById = new Map(rules.map((r) => [r.id, r]));
    const contacts = new Map(contactEntries.map((e) => [e.id, { id: e.id, filePath: fileOf(e, `${CONTENT_DIR}/contacts/`), data: e.data }]));
    const translations: (LoadedTranslation & { lang: Lang })[] = trEntries.map((e) => {
      const { lang, slug } = entryLanguage(e.id);
      return { id: slug, lang, filePath: fileOf(e, `${CONTENT_DIR}/${e.id}.mdx`), data: e.data };
    });
    const pages = byLanguage(pageEntries);
    const englishGuides = new Map(guideEntries.sort((a, b) => a.data.order - b.data.order).map((e) => [e.id, e]));
    const guides = new Map<Lang, Map<string, Guide>>(LANGS.map((l) => [l, new Map()]));
    for (const [id, entry] of englishGuides) guides.get(DEFAULT_LANG)!.set(id, { id, entry, data: entry.data });
    const translatedGuides = guideTrEntries.map((entry) => ({ ...entryLanguage(entry.id), entry }));
    // In list order: the English order decides.
    for (const id of englishGuides.keys()) {
      for (const tr of translatedGuides.filter((g) => g.slug === id)) {
        guides.get(tr.lang)!.set(id, { id, entry: tr.entry, data: { ...englishGuides.get(id)!.data, ...tr.entry.data } });
      }
    }
    const guideIssues = [...englishGuides.values(), ...guideTrEntries].filter((entry) => usesTemplate(entry.body ?? '')).flatMap((entry) => {
      const file = fileOf(entry, `${CONTENT_DIR}/${entry.id}.mdx`);
      const { outline, issues } = outlineGuide(entry.body ?? '');
      const found = issues.map((i) => ({ file, field: `body, line ${i.line} after the frontmatter`, message: i.message }));
      const english = entry.collection === 'guideTranslations' ? englishGuides.get(entryLanguage(entry.id).slug) : undefined;
      if (english && issues.length === 0) {
        for (const message of compareOutlines(outlineGuide(english.body ?? '').outline, outline)) found.push({ file, field: 'body', message });
      }
      return found;
    });
    const cards = new Map(cardEntries.map((e) => [entryLanguage(e.id).lang, e]));
    const pageFiles = [...pages].flatMap(([lang, m]) =>
      [...m].map(([slug, e]) => ({ kind: 'pages', lang, slug, core: lang === DEFAULT_LANG && e.data.core, filePath: fileOf(e, `${CONTENT_DIR}/${e.id}.mdx`) })),
    );
    const issues = [
      ...checkContent(rules, sources, REGISTRY_FILE),
      ...checkContacts([...contacts.values()], sources),
      ...checkMdxBodies(
        [...ruleEntries, ...trEntries, ...pageEntries, ...guideEntries, ...guideTrEntries, ...cardEntries].map((e) => ({ filePath: e.filePath ?? e.id, body: e.body ?? '' })),
      ),
      ...guideIssues,
      ...[...englishGuides.values()].flatMap((g) =>
        g.data.call === undefined || contacts.has(g.data.call) ? [] : [{ file: fileOf(g, `${CONTENT_DIR}/guides/${g.id}.mdx`), field: 'call', message: `there is no contact "${g.data.call}" in content/contacts/` }],
      ),
      ...checkCards(
        cardEntries.map((e) => ({ lang: entryLanguage(e.id).lang, filePath: fileOf(e, `${CONTENT_DIR}/${e.id}.mdx`), contacts: e.data.contacts })),
        contacts,
      ),
      ...checkGlossary(glossary, rules, ALLOW_MISSING_TRANSLATIONS),
      ...checkCrosswalk(crosswalk, rules, ALLOW_MISSING_TRANSLATIONS),
      ...checkCoverage(
        [
          ...rules.map((r) => ({ kind: 'rules', lang: DEFAULT_LANG, slug: r.id, filePath: r.filePath })),
          ...translations.map((tr) => ({ kind: 'rules', lang: tr.lang, slug: tr.id, filePath: tr.filePath })),
          ...pageFiles,
          ...[...englishGuides.values()].map((e) => ({ kind: 'guides', lang: DEFAULT_LANG, slug: e.id, core: e.data.core, filePath: fileOf(e, `${CONTENT_DIR}/guides/${e.id}.mdx`) })),
          ...translatedGuides.map((g) => ({ kind: 'guides', lang: g.lang, slug: g.slug, filePath: fileOf(g.entry, `${CONTENT_DIR}/${g.entry.id}.mdx`) })),
          ...[...cards].map(([lang, e]) => ({ kind: 'card', lang, slug: '', filePath: fileOf(e, `${CONTENT_DIR}/${e.id}.mdx`) })),
        ],
        LANGS.map(language),
        CONTENT_DIR,
        ALLOW_MISSING_TRANSLATIONS,
      ),
      ...translations.flatMap((tr) => (rulesById.has(tr.id) ? checkTranslation(rulesById.get(tr.id)!, tr) : [])),
    ];
    if (issues.length > 0) {
      throw new Error(`Content check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${formatIssues(issues)}`);
    }
    const relations = buildRelations(ruleEntries.map((e) => ({ id: e.id, body: e.body ?? '', related: e.data.related })));
    const rulesByLang: Record<Lang, Rule[]> = { [DEFAULT_LANG]: rules };
    for (const lang of FULL_LANGS.filter((l) => l !== DEFAULT_LANG)) {
      const mine = new Map(translations.filter((tr) => tr.lang === lang).map((tr) => [tr.id, tr]));
      rulesByLang[lang] = rules.filter((r) => mine.has(r.id)).map((r) => mergeTranslation(r, mine.get(r.id)!, lang));
    }
    const ruleMaps = Object.fromEntries(Object.entries(rulesByLang).map(([lang, list]) => [lang, new Map(list.map((r) => [r.id, r]))]));
    const models = Object.fromEntries(
      LANGS.map((lang) => [lang, new Map(rulesByLang[ruleLang(lang)].map((r) => [r.id, ruleModel(r, sources, modelOptions(lang, rulesById.get(r.id)!))]))]),
    );
    return { rules, rulesById, rulesByLang, ruleMaps, models, sources, contacts, relations, glossary, crosswalk, pages, guides, cards };
  })();
  return cached;
}

/** How a language sees a rule: paths to the rule pages it links to, its "definition of", the English file's name. */
function modelOptions(lang: Lang, english: Rule) {
  return { lang: ruleLang(lang), definitionOf: t(lang, 'cite.definitionOf'), factsFile: english.filePath };
}

/**
 * The model of a rule being rendered in `lang`: the one built with the site data
 * for the site's own rules, or a new one for a rule object made elsewhere (tests
 * render changed frontmatter).
 */
export async function modelOf(rule: Rule, lang: Lang): Promise<RuleModel> {
  return modelIn(await loadSiteData(), rule, lang);
}

/** The same, for a caller that already holds the site data. */
export function modelIn(site: SiteData, rule: Rule, lang: Lang): RuleModel {
  return ruleModel(rule, site.sources, modelOptions(lang, site.rulesById.get(rule.id) ?? rule));
}
