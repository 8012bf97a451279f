/**
 * /api/citation-index.json (and /<lang>/api/citation-index.json in each language
 * that has the rule pages): the compact list the citation lookup needs (the
 * /cite/ page and the "Go to" shortcut in search), with titles and headings in
 * that language and the same citations. Generated from the rules' frontmatter;
 * see src/lib/citation-index.ts.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { FULL_LANGS, langParam } from '../../../i18n/index.ts';
import { toCitableRules } from '../../../lib/citation-index.ts';

export function getStaticPaths() {
  return FULL_LANGS.map((lang) => ({ params: langParam(lang), props: { lang } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { rulesByLang } = await loadSiteData();
  return new Response(JSON.stringify(toCitableRules(rulesByLang[props.lang as string])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
