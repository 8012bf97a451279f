/**
 * Joins a translated rule page's words to its English rule's facts, and checks
 * that they line up one for one. Pure: loading is in src/data/site-data.ts.
 */
import type { ContentIssue } from './content-checks.ts';
import type { Rule } from './rules.ts';
import type { RuleTranslation } from '../schemas/translation.ts';
import type { LanguageMeta } from '../i18n/language.ts';
import { DEFAULT_LANG } from './paths.ts';

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
      add(
        `provisions[${i}]`,
        `expected at "${p.at}"${p.term ? ` term "${p.term}"` : ''} as in ${en.filePath}, found at "${q.at}"${q.term ? ` term "${q.term}"` : ''}`,
      );
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

/** The translated rule: English facts with translated words. Call only after checkTranslation found nothing. */
export function mergeTranslation(en: Rule, tr: LoadedTranslation, lang: string): Rule {
  const d = en.data;
  return {
    id: en.id,
    filePath: tr.filePath,
    data: {
      ...d,
      lang,
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

/** One content file as the coverage check sees it: what it is, its language and its id there. */
export interface ContentFile {
  kind: 'rules' | 'pages' | 'guides' | 'card' | string;
  lang: string;
  /** Rule id, page slug or guide id ("" for the card). */
  slug: string;
  filePath: string;
  /** An English page or guide every language must translate (frontmatter `core: true`). */
  core?: boolean;
}

/** Where a file of `kind` lives: content/rules/<id>.mdx in English, content/<lang>/rules/<id>.mdx translated. */
export function contentFileFor(contentDir: string, kind: string, lang: string, slug: string): string {
  const folder = lang === DEFAULT_LANG ? contentDir : `${contentDir}/${lang}`;
  return kind === 'card' ? `${folder}/card.mdx` : `${folder}/${kind}/${slug}.mdx`;
}

/**
 * Every translation needs its English file, and every language covers what its
 * coverage promises: a "full" language translates every rule, page, guide and
 * the card; a "core" language the card and every page and guide marked `core`. A missing
 * translation fails the build (there is no silent fallback); `allowMissing`
 * exists only for drafting, and CI never sets it.
 */
export function checkCoverage(files: ContentFile[], languages: LanguageMeta[], contentDir: string, allowMissing: boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const key = (f: { kind: string; lang: string; slug: string }) => `${f.kind}\u0000${f.lang}\u0000${f.slug}`;
  const have = new Set(files.map(key));
  const english = files.filter((f) => f.lang === DEFAULT_LANG);
  for (const f of files) {
    if (f.lang !== DEFAULT_LANG && !have.has(key({ ...f, lang: DEFAULT_LANG }))) {
      issues.push({ file: f.filePath, field: '(file)', message: `no English file ${contentFileFor(contentDir, f.kind, DEFAULT_LANG, f.slug)} to translate` });
    }
  }
  if (!have.has(key({ kind: 'pages', lang: DEFAULT_LANG, slug: 'home' }))) {
    issues.push({ file: contentFileFor(contentDir, 'pages', DEFAULT_LANG, 'home'), field: '(file)', message: 'the home page is missing' });
  }
  if (!have.has(key({ kind: 'card', lang: DEFAULT_LANG, slug: '' }))) {
    issues.push({ file: contentFileFor(contentDir, 'card', DEFAULT_LANG, ''), field: '(file)', message: 'the rights card is missing' });
  }
  if (allowMissing) return issues;
  for (const meta of languages.filter((l) => l.code !== DEFAULT_LANG)) {
    const required = meta.coverage === 'full' ? english : english.filter((f) => f.kind === 'card' || f.core);
    for (const f of required) {
      if (!have.has(key({ ...f, lang: meta.code }))) {
        issues.push({
          file: f.filePath,
          field: '(translation)',
          message: `no ${meta.englishName} version: add ${contentFileFor(contentDir, f.kind, meta.code, f.slug)}`,
        });
      }
    }
  }
  return issues;
}
