/** /api/provisions.json: every provision, with its canonical and Bluebook citation and permanent URL. Schema: src/schemas/api.ts */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { apiProvisions } from '../../lib/api-data.ts';
import { SITE } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rules, sources } = await loadSiteData();
  const body = {
    site: SITE.name,
    description: 'Every provision on the site, with stable ids and URLs. Field by field: the Data & citations page.',
    provisions: apiProvisions(rules, sources, site!.href, import.meta.env.BASE_URL),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
