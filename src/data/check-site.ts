/**
 * Phase 2 of the content checks (see site-data.ts): every check that spans
 * more than one file, over the collections as Astro loaded them. No
 * astro:content, so unit tests call it with fixture entries parsed through the
 * real schemas (tests/helpers/content-fixture.ts), and loadSiteData() calls it
 * with getCollection()'s entries. One check reads files itself: the Spanish
 * terms (spanish-terms.ts) reads the Spanish texts under `contentDir` and
 * src/i18n/languages/es.ts. Returns every
 * problem at once, each naming the file and the field, in the order the
 * build prints them.
 */
import {
  checkCards,
  checkContacts,
  checkContent,
  checkCrosswalk,
  checkGlossary,
  checkMdxBodies,
  type ContentIssue,
  type LoadedContact,
} from '../lib/content-checks.ts';
import { compareOutlines, outlineGuide } from '../lib/guide-structure.ts';
import { sortRules } from '../lib/rule-order.ts';
import { checkCoverage, checkTranslation, type ContentFile } from '../lib/translations.ts';
import { checkSpanishTerms } from './spanish-terms.ts';
import { DEFAULT_LANG, LANGS, entryLanguage, language } from '../i18n/index.ts';
import type { CardData } from '../schemas/card.ts';
import type { Contact, ContactTranslation } from '../schemas/contact.ts';
import type { CrosswalkTopic } from '../schemas/crosswalk.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { PageData } from '../schemas/page.ts';
import type { RuleData } from '../schemas/rule.ts';
import type { Source } from '../schemas/source.ts';
import type { RuleTranslation } from '../schemas/translation.ts';

/** One entry of a collection, as getCollection() returns it (only what the checks read). */
export interface SiteEntry<D> {
  /** The collection id: "il-trust-act", "es/rules/il-trust-act", "home", "es/pages/home", "es/card", "es/911". */
  id: string;
  /** The file it came from, relative to the project ("content/rules/il-trust-act.mdx"). */
  filePath?: string;
  /** The MDX body after the frontmatter (MDX collections only). */
  body?: string;
  data: D;
}

/** Every content collection (src/content.config.ts), by its name there. */
export interface SiteCollections {
  rules: SiteEntry<RuleData>[];
  ruleTranslations: SiteEntry<RuleTranslation>[];
  sources: SiteEntry<Source>[];
  contacts: SiteEntry<Contact>[];
  contactTranslations: SiteEntry<ContactTranslation>[];
  glossary: SiteEntry<GlossaryEntry>[];
  crosswalk: SiteEntry<CrosswalkTopic>[];
  pages: SiteEntry<PageData>[];
  pageTranslations: SiteEntry<Record<string, unknown>>[];
  guides: SiteEntry<GuideData>[];
  guideTranslations: SiteEntry<Record<string, unknown>>[];
  card: SiteEntry<CardData>[];
  cardTranslations: SiteEntry<Record<string, unknown>>[];
}

export interface CheckSiteOptions {
  /** The content folder, as messages name it ("content"). */
  contentDir: string;
  /** Drafting only (SITE_ALLOW_MISSING_TRANSLATIONS=1): a missing translation is not an issue. */
  allowMissingTranslations?: boolean;
}

const fileOf = (e: { id: string; filePath?: string }, fallback: string) => e.filePath ?? fallback;

/**
 * Each contact with its words in every language: English from the registry
 * (content/contacts/), the others from content/<lang>/contacts.yaml; and the
 * problems found joining them (a translation of no contact, a caveat on one
 * side only, a language without a contact's words).
 */
export function mergeContacts(
  contactEntries: SiteEntry<Contact>[],
  contactTrEntries: SiteEntry<ContactTranslation>[],
  { contentDir, allowMissingTranslations = false }: CheckSiteOptions,
): { contacts: Map<string, LoadedContact>; issues: ContentIssue[] } {
  const contacts = new Map<string, LoadedContact>(
    contactEntries.map((e) => [e.id, { id: e.id, filePath: fileOf(e, `${contentDir}/contacts/`), data: e.data, words: new Map([[DEFAULT_LANG, e.data]]) }]),
  );
  const issues: ContentIssue[] = [];
  for (const e of contactTrEntries) {
    const { lang, slug } = entryLanguage(e.id);
    const file = fileOf(e, `${contentDir}/${lang}/contacts.yaml`);
    const english = contacts.get(slug);
    if (!english) {
      issues.push({ file, field: `${slug}.id`, message: `there is no contact "${slug}" in content/contacts/ to translate` });
      continue;
    }
    if ((english.data.caveat === undefined) !== (e.data.caveat === undefined)) {
      issues.push({
        file,
        field: `${slug}.caveat`,
        message: english.data.caveat === undefined ? `${english.filePath} has no caveat to translate` : `translate the caveat of ${english.filePath}`,
      });
    }
    english.words.set(lang, e.data);
  }
  if (!allowMissingTranslations) {
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
      for (const c of contacts.values()) {
        if (!c.words.has(lang))
          issues.push({
            file: `${contentDir}/${lang}/contacts.yaml`,
            field: c.id,
            message: `no ${language(lang).englishName} name and purpose for the contact "${c.id}" (${c.filePath})`,
          });
      }
    }
  }
  return { contacts, issues };
}

/** Every cross-file problem in the collections; empty when the site may be built. */
export function checkSite(c: SiteCollections, options: CheckSiteOptions): ContentIssue[] {
  const { contentDir, allowMissingTranslations = false } = options;
  const mdxFile = (e: SiteEntry<unknown>) => fileOf(e, `${contentDir}/${e.id}.mdx`);
  const rules = sortRules(c.rules.map((e) => ({ id: e.id, filePath: fileOf(e, `${contentDir}/rules/${e.id}.mdx`), data: e.data })));
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const sources = new Map(c.sources.map((e) => [e.id, e.data]));
  const glossary = c.glossary
    .map((e) => ({ id: e.id, filePath: fileOf(e, `${contentDir}/glossary/`), data: e.data }))
    .sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
  const crosswalk = c.crosswalk
    .map((e) => ({ id: e.id, filePath: fileOf(e, `${contentDir}/crosswalk/`), data: e.data }))
    .sort((a, b) => a.data.order - b.data.order);
  const { contacts, issues: contactIssues } = mergeContacts(c.contacts, c.contactTranslations, options);
  const translations = c.ruleTranslations.map((e) => {
    const { lang, slug } = entryLanguage(e.id);
    return { id: slug, lang, filePath: mdxFile(e), data: e.data };
  });
  const englishGuides = new Map([...c.guides].sort((a, b) => a.data.order - b.data.order).map((e) => [e.id, e]));

  // Every guide follows the template; each translation's outline matches its English guide's.
  const outlineIssues = (entry: SiteEntry<unknown>, english?: SiteEntry<GuideData>): ContentIssue[] => {
    const file = mdxFile(entry);
    const { outline, issues } = outlineGuide(entry.body ?? '');
    const found: ContentIssue[] = issues.map((i) => ({ file, field: `body, line ${i.line} after the frontmatter`, message: i.message }));
    if (english && issues.length === 0) {
      for (const message of compareOutlines(outlineGuide(english.body ?? '').outline, outline)) found.push({ file, field: 'body', message });
    }
    return found;
  };
  const guideIssues = [
    ...[...englishGuides.values()].flatMap((e) => outlineIssues(e)),
    ...c.guideTranslations.flatMap((e) => outlineIssues(e, englishGuides.get(entryLanguage(e.id).slug))),
  ];

  // The card in each language: only when there is an English card to translate.
  const englishCard = c.card[0];
  const cards = new Map<string, SiteEntry<unknown>>();
  if (englishCard) {
    cards.set(DEFAULT_LANG, englishCard);
    for (const e of c.cardTranslations) cards.set(entryLanguage(e.id).lang, e);
  }

  // What each language has, for the coverage check.
  const files: ContentFile[] = [
    ...rules.map((r) => ({ kind: 'rules', lang: DEFAULT_LANG, slug: r.id, filePath: r.filePath })),
    ...translations.map((tr) => ({ kind: 'rules', lang: tr.lang, slug: tr.id, filePath: tr.filePath })),
    ...c.pages.map((e) => ({ kind: 'pages', lang: DEFAULT_LANG, slug: e.id, core: e.data.core, filePath: fileOf(e, `${contentDir}/pages/${e.id}.mdx`) })),
    ...c.pageTranslations.map((e) => ({ kind: 'pages', ...entryLanguage(e.id), filePath: mdxFile(e) })),
    ...[...englishGuides.values()].map((e) => ({
      kind: 'guides',
      lang: DEFAULT_LANG,
      slug: e.id,
      core: e.data.core,
      filePath: fileOf(e, `${contentDir}/guides/${e.id}.mdx`),
    })),
    ...c.guideTranslations.map((e) => ({ kind: 'guides', ...entryLanguage(e.id), filePath: mdxFile(e) })),
    ...[...cards].map(([lang, e]) => ({ kind: 'card', lang, slug: '', filePath: mdxFile(e) })),
  ];

  return [
    ...checkContent(rules, sources, `${contentDir}/sources/*.yaml`),
    ...checkContacts([...contacts.values()], sources),
    ...contactIssues,
    ...checkMdxBodies(
      [
        ...c.rules,
        ...c.ruleTranslations,
        ...c.pages,
        ...c.pageTranslations,
        ...englishGuides.values(),
        ...c.guideTranslations,
        ...c.card,
        ...c.cardTranslations,
      ].map((e) => ({
        filePath: e.filePath ?? e.id,
        body: e.body ?? '',
      })),
    ),
    ...guideIssues,
    ...[...englishGuides.values()].flatMap((g) =>
      contacts.has(g.data.call)
        ? []
        : [{ file: fileOf(g, `${contentDir}/guides/${g.id}.mdx`), field: 'call', message: `there is no contact "${g.data.call}" in content/contacts/` }],
    ),
    ...checkCards(
      c.card.map((e) => ({ lang: DEFAULT_LANG, filePath: mdxFile(e), contacts: e.data.contacts })),
      contacts,
    ),
    ...checkGlossary(glossary, rules, allowMissingTranslations),
    ...checkCrosswalk(crosswalk, rules, allowMissingTranslations),
    ...checkSpanishTerms(glossary, contentDir),
    ...checkCoverage(files, LANGS.map(language), contentDir, allowMissingTranslations),
    ...translations.flatMap((tr) => (rulesById.has(tr.id) ? checkTranslation(rulesById.get(tr.id)!, tr) : [])),
  ];
}
