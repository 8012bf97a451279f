/**
 * /api/meta.json, about one build of the site, documented field by field. The
 * test suite validates the built file against it.
 */
import { z } from 'astro/zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const apiMetaSchema = z.strictObject({
  site: z.string(),
  description: z.string(),
  /** The build's day, "YYYY-MM-DD" (in Chicago): the day every "may be out of date" notice was measured against. */
  built: day,
  /** What set that day: SITE_BUILD_DATE, SOURCE_DATE_EPOCH, or the clock. */
  builtFrom: z.enum(['SITE_BUILD_DATE', 'SOURCE_DATE_EPOCH', 'clock']),
  /** The git commit the site was built from, or null when neither git nor the host said. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/)
    .nullable(),
  /** The newest `lastReviewed` or source `checked` date in the content. */
  newestReview: day,
  /** How many days after its check a dated fact shows a "may be out of date" notice. */
  staleAfterDays: z.number().int().positive(),
});

export type ApiMeta = z.infer<typeof apiMetaSchema>;
