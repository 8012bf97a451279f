/**
 * /api/meta.json: about this build of the site. When it was built (the build's
 * day, src/lib/build-date.ts, the same day the notices on old dates use), from
 * which commit, and the newest review or check date in its content (every
 * `lastReviewed` and every source's `checked`, read from the loaded content).
 * The security.txt expiry (src/integrations/headers.ts) reads its newest review
 * date from this file. Schema: src/schemas/api-meta.ts
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { buildDateWithOrigin } from '../../lib/build-date.ts';
import { commitOf, newestDate } from '../../lib/build-info.ts';
import { SITE } from '../../lib/site.ts';
import { STALE_AFTER_DAYS } from '../../lib/staleness.ts';
import type { ApiMeta } from '../../schemas/api-meta.ts';

export const GET: APIRoute = async () => {
  const { rulesByLang, sources, pages, guides, cards } = await loadSiteData();
  const built = buildDateWithOrigin();
  const body: ApiMeta = {
    site: SITE.name,
    description: 'About this build: its day, its commit and the newest review date in its content. Field by field: src/schemas/api-meta.ts in the source code.',
    built: built.date,
    builtFrom: built.origin,
    commit: commitOf(),
    newestReview: newestDate([
      ...Object.values(rulesByLang).flatMap((rules) => rules.map((r) => r.data.lastReviewed)),
      ...[...pages.values()].flatMap((m) => [...m.values()].map((e) => e.data.lastReviewed)),
      ...[...guides.values()].flatMap((m) => [...m.values()].map((g) => g.data.lastReviewed)),
      ...[...cards.values()].map((e) => e.data.lastReviewed),
      ...[...sources.values()].map((s) => s.checked),
    ]),
    staleAfterDays: STALE_AFTER_DAYS,
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
