/**
 * Content collections. This file only assembles them; each schema lives in
 * src/schemas/ with every field documented.
 *
 * SITE_CONTENT_DIR lets the test suite build a deliberately broken copy of the
 * content (see astro.config.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceRegistry } from './loaders/source-registry.ts';
import { ruleSchema } from './schemas/rule.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = process.env.SITE_CONTENT_DIR ?? './content';

const rules = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/rules` }),
  schema: ruleSchema,
});

const sources = defineCollection({
  loader: sourceRegistry(`${contentDir}/sources`),
  schema: sourceSchema,
});

export const collections = { rules, sources };
