/**
 * The public JSON files (/api/rules.json and /api/provisions.json): their
 * shape, documented field by field. The test suite validates the built files
 * against these schemas, so the format cannot drift silently. Ids and URLs are
 * stable: a provision's `id` is "<rule id>#<anchor>".
 */
import { z } from 'astro/zod';
import { VERIFICATION_LEVELS } from '../lib/verification.ts';
import { JURISDICTIONS, KINDS, STATUSES, keysOf } from '../lib/taxonomy.ts';

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const apiSourceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.url(),
  official: z.boolean(),
  /** When the link was last confirmed, or null if it has not been. */
  checked: date.nullable(),
  checkedVia: z.enum(['live', 'archive', 'unchecked']),
});

export const apiRuleSchema = z.strictObject({
  /** Stable rule id, also the last part of its URL. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  shortTitle: z.string(),
  kind: z.enum(keysOf(KINDS)),
  jurisdiction: z.enum(keysOf(JURISDICTIONS)),
  /** Language of the words (titles, summaries): always "en" in these files. */
  lang: z.string(),
  /** Canonical citation of the whole rule. */
  citation: z.string(),
  /** Template for one provision, with {at}; null when the rule has no provisions. */
  pinpoint: z.string().nullable(),
  aliases: z.array(z.string()),
  status: z.strictObject({ value: z.enum(keysOf(STATUSES)), asOf: date, note: z.string().nullable() }),
  lastReviewed: date,
  summary: z.string(),
  url: z.url(),
  sources: z.array(apiSourceSchema).min(1),
  provisions: z.array(z.strictObject({ at: z.string(), term: z.string().nullable(), heading: z.string() })),
});

export const apiProvisionSchema = z.strictObject({
  /** "<rule id>#<anchor>", stable. */
  id: z.string().regex(/^[a-z0-9-]+#[A-Za-z0-9-]+$/),
  rule: z.string(),
  ruleTitle: z.string(),
  anchor: z.string(),
  at: z.string(),
  term: z.string().nullable(),
  /** Canonical citation, e.g. "5 ILCS 805/15(e)". */
  citation: z.string(),
  /** Bluebook-style citation. */
  bluebook: z.string(),
  /** Other ways people write it, e.g. "805/15(e)". */
  aliases: z.array(z.string()),
  title: z.string(),
  officialTitle: z.string().nullable(),
  url: z.url(),
  verification: z.enum(VERIFICATION_LEVELS),
  lastReviewed: date,
  /** Where the text of this provision can be read. */
  source: apiSourceSchema.nullable(),
});

export const apiRulesFileSchema = z.strictObject({
  site: z.string(),
  description: z.string(),
  rules: z.array(apiRuleSchema),
});

export const apiProvisionsFileSchema = z.strictObject({
  site: z.string(),
  description: z.string(),
  provisions: z.array(apiProvisionSchema),
});

export type ApiRule = z.infer<typeof apiRuleSchema>;
export type ApiProvision = z.infer<typeof apiProvisionSchema>;
