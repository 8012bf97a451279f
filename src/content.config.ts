/**
 * Content collections. This file only assembles them; each schema lives in
 * src/schemas/ with every field documented.
 *
 * English, the site's own language, lives at the top of content/ (rules/,
 * guides/, pages/, card.mdx) and carries every fact. Each other language has
 * one folder, content/<code>/, with the same file names and only words:
 * rules/, guides/, pages/ and card.mdx, whichever it translates.
 *
 * SITE_CONTENT_DIR lets the test suite build a small or deliberately broken
 * copy of the content (see astro.config.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DEFAULT_LANG, LANGS } from './i18n/index.ts';
import { yamlList, yamlTranslations } from './loaders/yaml-list.ts';
import { cardSchema, cardTranslationSchema } from './schemas/card.ts';
import { contactSchema, contactTranslationSchema } from './schemas/contact.ts';
import { crosswalkSchema } from './schemas/crosswalk.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guideSchema, guideTranslationSchema } from './schemas/guide.ts';
import { pageSchema, pageTranslationSchema } from './schemas/page.ts';
import { ruleSchema } from './schemas/rule.ts';
import { ruleTranslationSchema } from './schemas/translation.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = process.env.SITE_CONTENT_DIR ?? './content';
/** The translation folders, as a glob: "es" or "{es,pl,…}". Ids keep the folder: "es/guides/ice-at-my-door". */
const others = LANGS.filter((l) => l !== DEFAULT_LANG);
const langDirs = others.length === 1 ? others[0] : `{${others.join(',')}}`;

/** English rules: content/rules/<id>.mdx (words and every fact). */
const rules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/rules` }),
  schema: ruleSchema,
});

/** Translated rule pages: content/<lang>/rules/<same id>.mdx (words only; facts come from the English file). */
const ruleTranslations = defineCollection({
  loader: glob({ pattern: `${langDirs}/rules/*.mdx`, base: contentDir }),
  schema: ruleTranslationSchema,
});

const sources = defineCollection({
  loader: yamlList(`${contentDir}/sources`, 'source registry'),
  schema: sourceSchema,
});

const contacts = defineCollection({
  loader: yamlList(`${contentDir}/contacts`, 'contacts registry'),
  schema: contactSchema,
});

/** Each translated language's words for the contacts: content/<lang>/contacts.yaml (ids "<lang>/<contact id>"). */
const contactTranslations = defineCollection({
  loader: yamlTranslations(contentDir, others, 'contacts.yaml', 'contacts in this language'),
  schema: contactTranslationSchema,
});

const glossary = defineCollection({
  loader: yamlList(`${contentDir}/glossary`, 'glossary'),
  schema: glossarySchema,
});

const crosswalk = defineCollection({
  loader: yamlList(`${contentDir}/crosswalk`, 'crosswalk'),
  schema: crosswalkSchema,
});

/** Prose pages in English: content/pages/<slug>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages` }),
  schema: pageSchema,
});

/** Translated prose pages: content/<lang>/pages/<slug>.mdx (words only). */
const pageTranslations = defineCollection({
  loader: glob({ pattern: `${langDirs}/pages/*.mdx`, base: contentDir }),
  schema: pageTranslationSchema,
});

/** "What if" guides in English: content/guides/<id>.mdx (words and every fact). */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/guides` }),
  schema: guideSchema,
});

/** Translated guides: content/<lang>/guides/<same id>.mdx (words only). */
const guideTranslations = defineCollection({
  loader: glob({ pattern: `${langDirs}/guides/*.mdx`, base: contentDir }),
  schema: guideTranslationSchema,
});

/** The printable rights card in English: content/card.mdx. */
const card = defineCollection({
  loader: glob({ pattern: 'card.mdx', base: contentDir }),
  schema: cardSchema,
});

/** Translated cards: content/<lang>/card.mdx (words only). */
const cardTranslations = defineCollection({
  loader: glob({ pattern: `${langDirs}/card.mdx`, base: contentDir }),
  schema: cardTranslationSchema,
});

export const collections = {
  rules,
  ruleTranslations,
  sources,
  contacts,
  contactTranslations,
  glossary,
  crosswalk,
  pages,
  pageTranslations,
  guides,
  guideTranslations,
  card,
  cardTranslations,
};
