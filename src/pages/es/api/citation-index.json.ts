/** /es/api/citation-index.json: the citation lookup's list with Spanish titles and headings (same citations). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { toCitableRules } from '../../../lib/citation-index.ts';

export const GET: APIRoute = async () => {
  const { rulesByLang } = await loadSiteData();
  return new Response(JSON.stringify(toCitableRules(rulesByLang.es)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
