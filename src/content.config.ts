/**
 * Content collections. This file only assembles them; each schema lives in
 * src/schemas/ with every field documented.
 *
 * SITE_CONTENT_DIR lets the test suite build a deliberately broken copy of the
 * content (see astro.config.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlList } from './loaders/yaml-list.ts';
import { cardSchema } from './schemas/card.ts';
import { contactSchema } from './schemas/contact.ts';
import { crosswalkSchema } from './schemas/crosswalk.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { pageSchema } from './schemas/page.ts';
import { ruleSchema } from './schemas/rule.ts';
import { ruleTranslationSchema } from './schemas/translation.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = process.env.SITE_CONTENT_DIR ?? './content';

const rules = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/rules` }),
  schema: ruleSchema,
});

/** Spanish rule pages: content/es/rules/<same id>.mdx (words only; facts come from the English file). */
const rulesEs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/es/rules` }),
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

const glossary = defineCollection({
  loader: yamlList(`${contentDir}/glossary`, 'glossary'),
  schema: glossarySchema,
});

const crosswalk = defineCollection({
  loader: yamlList(`${contentDir}/crosswalk`, 'crosswalk'),
  schema: crosswalkSchema,
});

/** Prose pages, one per language: content/pages/en/<slug>.mdx and content/pages/es/<slug>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/pages` }),
  schema: pageSchema,
});

/** "What if" guides, one per language: content/guides/en/<id>.mdx and content/guides/es/<id>.mdx. */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/guides` }),
  schema: guideSchema,
});

/** The printable rights card, one file per language: content/card/en.mdx and content/card/es.mdx. */
const card = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/card` }),
  schema: cardSchema,
});

export const collections = { rules, rulesEs, sources, contacts, glossary, crosswalk, pages, guides, card };
