/**
 * Client side of the citation lookup, shared by the /cite/ page and the search
 * page: loads the compact citation index once, on demand, and renders a
 * lookup result with DOM methods only (what people type is never parsed as HTML).
 */
import { ct } from '../i18n/client.ts';
import { buildCitationIndex, lookupCitation, type CitableRule, type CitationIndex, type Lookup } from '../lib/citation-index.ts';

let index: Promise<CitationIndex> | undefined;

/**
 * The address prefix of the rule pages this page links to: "es/" on Spanish
 * pages, "" on English ones and in languages without rule pages (BaseLayout
 * writes the language on <html data-rule-lang>).
 */
export function langPrefix(): string {
  const lang = document.documentElement.dataset.ruleLang ?? 'en';
  return lang === 'en' ? '' : `${lang}/`;
}

export function loadIndex(base: string): Promise<CitationIndex> {
  // A translated index has the same citations with titles and headings in its language.
  index ??= fetch(`${base}${langPrefix()}api/citation-index.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`citation index: HTTP ${r.status}`);
      return r.json() as Promise<CitableRule[]>;
    })
    .then(buildCitationIndex);
  return index;
}

export async function lookup(base: string, query: string): Promise<Lookup> {
  return lookupCitation(await loadIndex(base), query);
}

function link(base: string, path: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = base + langPrefix() + path;
  a.textContent = text;
  return a;
}

/** "Go to 5 ILCS 805/15(e): No questions about…" or "5 ILCS 805/99 is not on this site…", or null. */
export function renderLookup(base: string, result: Lookup): HTMLElement | null {
  if (result.kind === 'none') return null;
  const box = document.createElement('div');
  box.className = 'lookup rounded-md border-2 border-accent p-3 bg-wash';
  const p = document.createElement('p');
  p.className = 'font-semibold';
  box.append(p);
  if (result.kind === 'provision' || result.kind === 'rule') {
    const go = ct('lookup.goTo');
    const text = result.kind === 'rule' ? `${go} ${result.ruleTitle}` : `${go} ${result.citation}${result.heading ? `: ${result.heading}` : ''}`;
    p.append(link(base, result.path, text));
    return box;
  }
  p.textContent = ct('lookup.missing', { citation: result.citation });
  const note = document.createElement('p');
  note.textContent = ct('lookup.missingMore', { rule: result.ruleTitle });
  box.append(note);
  if (result.nearest.length > 0) {
    const label = document.createElement('p');
    label.textContent = ct('lookup.nearest');
    const ul = document.createElement('ul');
    ul.className = 'list-disc pl-6';
    for (const near of result.nearest) {
      const li = document.createElement('li');
      li.append(link(base, near.path, `${near.citation}${near.heading ? `: ${near.heading}` : ''}`));
      ul.append(li);
    }
    box.append(label, ul);
  }
  const all = document.createElement('p');
  all.append(link(base, `rules/${result.ruleId}/`, ct('lookup.all', { rule: result.ruleTitle })));
  box.append(all);
  return box;
}
