/**
 * /api/translations.json: every translated page, the English page it
 * translates, whether it was made from the current English words, and whether
 * a qualified translator reviewed it. `npm run translations` reads it.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';

export const GET: APIRoute = async () => {
  const { translations } = await loadSiteData();
  const body = {
    description:
      'Each translated file: current (made from the English words as they are now), out of date, or not recorded; and its review by a qualified translator, if any.',
    translations: [...translations.values()].sort((a, b) => a.file.localeCompare(b.file)),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
