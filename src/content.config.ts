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
import { crosswalkSchema } from './schemas/crosswalk.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { ruleSchema } from './schemas/rule.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = process.env.SITE_CONTENT_DIR ?? './content';

const rules = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/rules` }),
  schema: ruleSchema,
});

const sources = defineCollection({
  loader: yamlList(`${contentDir}/sources`, 'source registry'),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: yamlList(`${contentDir}/glossary`, 'glossary'),
  schema: glossarySchema,
});

const crosswalk = defineCollection({
  loader: yamlList(`${contentDir}/crosswalk`, 'crosswalk'),
  schema: crosswalkSchema,
});

export const collections = { rules, sources, glossary, crosswalk };
