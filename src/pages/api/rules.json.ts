/** /api/rules.json: every rule, with its citation, status, sources and provisions. Schema: src/schemas/api.ts */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { apiRules } from '../../lib/api-data.ts';
import { SITE } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rules, sources } = await loadSiteData();
  const body = {
    site: SITE.name,
    description: 'Every rule on the site. Field by field: src/schemas/api.ts in the source code, and the Data & citations page.',
    rules: apiRules(rules, sources, site!.href, import.meta.env.BASE_URL),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
