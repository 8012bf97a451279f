/**
 * /api/citation-index.json: the compact list the citation lookup needs (the
 * /cite/ page and the "Go to" shortcut in search). Generated from the rules'
 * frontmatter, like everything else; see src/lib/citation-index.ts.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import type { CitableRule } from '../../lib/citation-index.ts';

export const GET: APIRoute = async () => {
  const { rules } = await loadSiteData();
  const citable: CitableRule[] = rules
    .filter((r) => r.data.lang === 'en')
    .map((r) => ({
      id: r.id,
      title: r.data.title,
      shortTitle: r.data.shortTitle,
      citation: r.data.citation,
      pinpoint: r.data.pinpoint,
      aliases: r.data.aliases,
      provisions: r.data.provisions.map((p) => ({ at: p.at, term: p.term, heading: p.heading })),
    }));
  return new Response(JSON.stringify(citable), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
