/**
 * Loads the content collections once per build, runs the cross-file checks and
 * fails the build, naming every file and field at fault, when any check fails.
 *
 * How content is checked, in three phases (the README points here; keep this list true):
 *   1. One file at a time (content sync): the Zod schemas in src/schemas/ and
 *      the YAML loader in src/loaders/ (unknown keys, bad dates, malformed
 *      references, duplicate provisions, parents declared after their children,
 *      a malformed citation template or official-address pattern).
 *   2. Across files (here, before any page renders; checkSite() in check-site.ts,
 *      pure, so unit tests call it too): src/lib/content-checks.ts,
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
import { formatIssues, type LoadedContact, type LoadedCrosswalkTopic, type LoadedGlossaryEntry } from '../lib/content-checks.ts';
import { buildRelations, type Relation } from '../lib/relations.ts';
import { ruleModel, type RuleModel } from '../lib/rule-model.ts';
import { sortRules } from '../lib/rule-order.ts';
import type { Rule } from '../lib/rules.ts';
import { checkSite, mergeContacts } from './check-site.ts';
import { mergeTranslation, type LoadedTranslation } from '../lib/translations.ts';
import { DEFAULT_LANG, FULL_LANGS, LANGS, entryLanguage, ruleLang, t, type Lang } from '../i18n/index.ts';
import type { CardData } from '../schemas/card.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { PageData } from '../schemas/page.ts';
import type { Source } from '../schemas/source.ts';
import { fingerprint, pageWords, ruleWords, translationState, type TranslationState } from '../lib/translation-status.ts';

/** A guide in one language: the entry to render, and its data (English facts with the language's words). */
export interface Guide {
  id: string;
  entry: CollectionEntry<'guides'> | CollectionEntry<'guideTranslations'>;
  data: GuideData;
}

/** A prose page in one language: the entry to render, and its data (English facts with the language's words). */
export interface Page {
  id: string;
  entry: CollectionEntry<'pages'> | CollectionEntry<'pageTranslations'>;
  data: PageData;
}

/** The rights card in one language: the entry to render, and its data (English facts with the language's words). */
export interface Card {
  entry: CollectionEntry<'card'> | CollectionEntry<'cardTranslations'>;
  data: CardData;
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
  pages: Map<Lang, Map<string, Page>>;
  /** Guides by language, then id, in list order (translations: English facts with translated words). */
  guides: Map<Lang, Map<string, Guide>>;
  /** The rights card in each language that has one. */
  cards: Map<Lang, Card>;
  /** For each translated entry (by collection id, e.g. "es/guides/ice-at-my-door"): is it current, is it reviewed. */
  translations: Map<string, TranslationState>;
}

const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? 'content';
/** Drafting only: build without failing on missing translations (they are left out, never faked). CI never sets it. */
const ALLOW_MISSING_TRANSLATIONS = process.env.SITE_ALLOW_MISSING_TRANSLATIONS === '1';

let cached: Promise<SiteData> | undefined;

/**
 * Loaded once per process, except under `astro dev` (mode "development"), where content files change while the
 * server runs. Tests (mode "test") load it once too: every <Provision> and <Cite> of a rendered page asks for it.
 */
export function loadSiteData(): Promise<SiteData> {
  if (cached && import.meta.env.MODE !== 'development') return cached;
  cached = (async () => {
    const [
      ruleEntries,
      sourceEntries,
      contactEntries,
      contactTrEntries,
      glossaryEntries,
      crosswalkEntries,
      trEntries,
      pageEntries,
      pageTrEntries,
      guideEntries,
      guideTrEntries,
      cardEntries,
      cardTrEntries,
    ] = await Promise.all([
      getCollection('rules'),
      getCollection('sources'),
      getCollection('contacts'),
      getCollection('contactTranslations'),
      getCollection('glossary'),
      getCollection('crosswalk'),
      getCollection('ruleTranslations'),
      getCollection('pages'),
      getCollection('pageTranslations'),
      getCollection('guides'),
      getCollection('guideTranslations'),
      getCollection('card'),
      getCollection('cardTranslations'),
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
    // Every cross-file check (phase 2), before anything is built from the entries.
    const issues = checkSite(
      {
        rules: ruleEntries,
        ruleTranslations: trEntries,
        sources: sourceEntries,
        contacts: contactEntries,
        contactTranslations: contactTrEntries,
        glossary: glossaryEntries,
        crosswalk: crosswalkEntries,
        pages: pageEntries,
        pageTranslations: pageTrEntries,
        guides: guideEntries,
        guideTranslations: guideTrEntries,
        card: cardEntries,
        cardTranslations: cardTrEntries,
      },
      { contentDir: CONTENT_DIR, allowMissingTranslations: ALLOW_MISSING_TRANSLATIONS },
    );
    if (issues.length > 0) {
      throw new Error(`Content check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${formatIssues(issues)}`);
    }
    // Each contact with its words in every language: English from the registry, the others from content/<lang>/contacts.yaml.
    const { contacts } = mergeContacts(contactEntries, contactTrEntries, { contentDir: CONTENT_DIR, allowMissingTranslations: ALLOW_MISSING_TRANSLATIONS });
    const translations: (LoadedTranslation & { lang: Lang })[] = trEntries.map((e) => {
      const { lang, slug } = entryLanguage(e.id);
      return { id: slug, lang, filePath: fileOf(e, `${CONTENT_DIR}/${e.id}.mdx`), data: e.data };
    });
    const englishPages = new Map(pageEntries.map((e) => [e.id, e]));
    const pages = new Map<Lang, Map<string, Page>>(LANGS.map((l) => [l, new Map()]));
    for (const [id, entry] of englishPages) pages.get(DEFAULT_LANG)!.set(id, { id, entry, data: entry.data });
    for (const entry of pageTrEntries) {
      const { lang, slug } = entryLanguage(entry.id);
      const english = englishPages.get(slug);
      if (english) pages.get(lang)!.set(slug, { id: slug, entry, data: { ...english.data, ...entry.data } });
    }
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
    const englishCard = cardEntries[0];
    const cards = new Map<Lang, Card>();
    if (englishCard) {
      cards.set(DEFAULT_LANG, { entry: englishCard, data: englishCard.data });
      for (const entry of cardTrEntries) cards.set(entryLanguage(entry.id).lang, { entry, data: { ...englishCard.data, ...entry.data } });
    }
    const relations = buildRelations(ruleEntries.map((e) => ({ id: e.id, body: e.body ?? '', related: e.data.related })));
    const rulesByLang: Record<Lang, Rule[]> = { [DEFAULT_LANG]: rules };
    for (const lang of FULL_LANGS.filter((l) => l !== DEFAULT_LANG)) {
      const mine = new Map(translations.filter((tr) => tr.lang === lang).map((tr) => [tr.id, tr]));
      rulesByLang[lang] = rules.filter((r) => mine.has(r.id)).map((r) => mergeTranslation(r, mine.get(r.id)!, lang));
    }
    const ruleMaps = Object.fromEntries(Object.entries(rulesByLang).map(([lang, list]) => [lang, new Map(list.map((r) => [r.id, r]))]));
    // Each translation against the English file it was made from: the English words it carries, fingerprinted.
    type Translated = { id: string; filePath?: string; data: { englishVersion: string; reviewed?: TranslationState['reviewed'] } };
    type English = { id: string; filePath?: string; data: object; body?: string };
    const words = (fields: readonly string[]) => (en: English) => pageWords(en.data as Record<string, unknown>, fields, en.body ?? '');
    const translatedKinds: { entries: Translated[]; english: (slug: string) => English; path: (slug: string) => string; words: (en: English) => unknown }[] = [
      {
        entries: trEntries,
        english: (slug) => ruleEntries.find((r) => r.id === slug)!,
        path: (slug) => `rules/${slug}.mdx`,
        words: (en) => ruleWords((en as (typeof ruleEntries)[number]).data, en.body ?? ''),
      },
      { entries: guideTrEntries, english: (slug) => englishGuides.get(slug)!, path: (slug) => `guides/${slug}.mdx`, words: words(['title', 'answer']) },
      {
        entries: pageTrEntries,
        english: (slug) => englishPages.get(slug)!,
        path: (slug) => `pages/${slug}.mdx`,
        words: words(['title', 'description', 'crumb']),
      },
      { entries: cardTrEntries, english: () => englishCard, path: () => 'card.mdx', words: words(['title', 'description']) },
    ];
    const translationStates = new Map<string, TranslationState>();
    for (const kind of translatedKinds) {
      for (const e of kind.entries) {
        const { lang, slug } = entryLanguage(e.id);
        const en = kind.english(slug);
        translationStates.set(
          e.id,
          translationState({
            file: fileOf(e, `${CONTENT_DIR}/${e.id}.mdx`),
            english: fileOf(en, `${CONTENT_DIR}/${kind.path(slug)}`),
            lang,
            expected: fingerprint(kind.words(en)),
            recorded: e.data.englishVersion,
            reviewed: e.data.reviewed,
          }),
        );
      }
    }
    const outdated = [...translationStates.values()].filter((s) => s.current === false);
    if (outdated.length > 0) {
      console.warn(
        `\n${outdated.length} translation(s) made from an older English page (the pages say so; update them, then run npm run translations -- --mark <file>):\n` +
          outdated.map((s) => `  ${s.file} (English: ${s.english})`).join('\n'),
      );
    }
    const models = Object.fromEntries(
      LANGS.map((lang) => [lang, new Map(rulesByLang[ruleLang(lang)].map((r) => [r.id, ruleModel(r, sources, modelOptions(lang, rulesById.get(r.id)!))]))]),
    );
    return {
      rules,
      rulesById,
      rulesByLang,
      ruleMaps,
      models,
      sources,
      contacts,
      relations,
      glossary,
      crosswalk,
      pages,
      guides,
      cards,
      translations: translationStates,
    };
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
