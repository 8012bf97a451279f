/**
 * Content collections. This file only assembles them; each schema lives in
 * src/schemas/ with every field documented.
 *
 * SITE_CONTENT_DIR lets the test suite build a deliberately broken copy of the
 * content (see astro.config.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { ruleSchema } from './schemas/rule.ts';
import { sourceSchema } from './schemas/source.ts';

const contentDir = process.env.SITE_CONTENT_DIR ?? './content';

const rules = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/rules` }),
  schema: ruleSchema,
});

const sources = defineCollection({
  // The core schema keeps dates as strings, so "2026-02-30" is caught by the
  // schema instead of being rolled over to March 2 by the YAML parser.
  loader: file(`${contentDir}/sources.yaml`, {
    parser: (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>[],
  }),
  schema: sourceSchema,
});

export const collections = { rules, sources };
