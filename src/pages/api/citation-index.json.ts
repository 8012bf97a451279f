/**
 * /api/citation-index.json: the compact list the citation lookup needs (the
 * /cite/ page and the "Go to" shortcut in search). Generated from the rules'
 * frontmatter, like everything else; see src/lib/citation-index.ts.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { toCitableRules } from '../../lib/citation-index.ts';

export const GET: APIRoute = async () => {
  const { rules } = await loadSiteData();
  return new Response(JSON.stringify(toCitableRules(rules)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
