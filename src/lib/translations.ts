/**
 * Joins a Spanish rule page's words to its English rule's facts, and checks
 * that they line up one for one. Pure: loading is in src/data/site-data.ts.
 */
import type { ContentIssue } from './content-checks.ts';
import type { Rule } from './rules.ts';
import type { RuleTranslation } from '../schemas/translation.ts';

export interface LoadedTranslation {
  id: string;
  filePath: string;
  data: RuleTranslation;
}

/** Problems that keep a translation from matching its English rule; empty when it matches. */
export function checkTranslation(en: Rule, tr: LoadedTranslation): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (field: string, message: string) => issues.push({ file: tr.filePath, field, message });
  const enP = en.data.provisions;
  const trP = tr.data.provisions;
  if (trP.length !== enP.length) add('provisions', `has ${trP.length} entries; ${en.filePath} declares ${enP.length}`);
  enP.forEach((p, i) => {
    const q = trP[i];
    if (q && (q.at !== p.at || q.term !== p.term)) {
      add(`provisions[${i}]`, `expected at "${p.at}"${p.term ? ` term "${p.term}"` : ''} as in ${en.filePath}, found at "${q.at}"${q.term ? ` term "${q.term}"` : ''}`);
    }
  });
  if (tr.data.history.length !== en.data.history.length) {
    add('history', `has ${tr.data.history.length} entries; ${en.filePath} has ${en.data.history.length}`);
  }
  if ((en.data.status.note === undefined) !== (tr.data.status.note === undefined)) {
    add('status.note', en.data.status.note === undefined ? `${en.filePath} has no status note to translate` : `translate the status note of ${en.filePath}`);
  }
  return issues;
}

/** The Spanish rule: English facts with Spanish words. Call only after checkTranslation found nothing. */
export function mergeTranslation(en: Rule, tr: LoadedTranslation): Rule {
  const d = en.data;
  return {
    id: en.id,
    filePath: tr.filePath,
    data: {
      ...d,
      lang: 'es',
      title: tr.data.title,
      shortTitle: tr.data.shortTitle,
      appliesTo: tr.data.appliesTo,
      summary: tr.data.summary,
      aliases: [...d.aliases, ...tr.data.aliases],
      lastReviewed: tr.data.lastReviewed,
      status: { ...d.status, note: tr.data.status.note },
      history: d.history.map((h, i) => ({ ...h, summary: tr.data.history[i].summary })),
      provisions: d.provisions.map((p, i) => ({ ...p, heading: tr.data.provisions[i].heading })),
    },
  };
}

/**
 * Every English rule needs its Spanish page and every Spanish page its English
 * rule: a missing translation fails the build (there is no silent fallback).
 * `allowMissing` exists only for drafting; CI never sets it.
 */
export function checkPairs(en: Rule[], es: LoadedTranslation[], allowMissing: boolean, enDir: string, esDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const esIds = new Set(es.map((t) => t.id));
  const enIds = new Set(en.map((r) => r.id));
  for (const t of es) if (!enIds.has(t.id)) issues.push({ file: t.filePath, field: '(file)', message: `no English rule ${enDir}/${t.id}.mdx to translate` });
  if (!allowMissing) {
    for (const r of en) {
      if (!esIds.has(r.id)) issues.push({ file: r.filePath, field: '(translation)', message: `no Spanish page: add ${esDir}/${r.id}.mdx` });
    }
  }
  return issues;
}

/**
 * Prose pages and guides come in pairs, content/<folder>/en/<slug>.mdx and
 * content/<folder>/es/<slug>.mdx: each needs the other.
 */
export function checkPagePairs(pages: { id: string; filePath: string }[], allowMissing: boolean, folder = 'pages', needsHome = true): ContentIssue[] {
  const ids = new Set(pages.map((p) => p.id));
  const issues: ContentIssue[] = [];
  for (const p of pages) {
    const [lang, slug] = p.id.split('/');
    if (lang !== 'en' && lang !== 'es') {
      issues.push({ file: p.filePath, field: '(file)', message: `files here live in content/${folder}/en/ or content/${folder}/es/` });
      continue;
    }
    const other = `${lang === 'en' ? 'es' : 'en'}/${slug}`;
    if (!ids.has(other) && !(allowMissing && lang === 'en')) {
      issues.push({ file: p.filePath, field: '(translation)', message: `no ${lang === 'en' ? 'Spanish' : 'English'} version: add content/${folder}/${other}.mdx` });
    }
  }
  if (needsHome && !ids.has('en/home')) issues.push({ file: `content/${folder}/en/home.mdx`, field: '(file)', message: 'the home page is missing' });
  return issues;
}
