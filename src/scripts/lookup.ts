/**
 * Client side of the citation lookup, shared by the /cite/ page and the search
 * page: loads the compact citation index and the lookup code once, on demand
 * (neither is part of a page's first load), and renders a lookup result with
 * DOM methods only (what people type is never parsed as HTML).
 */
import { ct } from '../i18n/client.ts';
import type { CitableRule, CitationIndex, Lookup, Resolved } from '../lib/citation-index.ts';
import type { FoundCitation } from '../lib/citation-scan.ts';

type Engine = typeof import('../lib/citation-index.ts') & Pick<typeof import('../lib/citation-scan.ts'), 'findCitations'>;

let loaded: Promise<{ engine: Engine; index: CitationIndex }> | undefined;

/**
 * The address prefix of the rule pages this page links to: "es/" on Spanish
 * pages, "" on English ones and in languages without rule pages (BaseLayout
 * writes the language on <html data-rule-lang>).
 */
export function langPrefix(): string {
  const lang = document.documentElement.dataset.ruleLang ?? 'en';
  return lang === 'en' ? '' : `${lang}/`;
}

function load(base: string): Promise<{ engine: Engine; index: CitationIndex }> {
  // A translated index has the same citations with titles, headings and names in its language.
  loaded ??= Promise.all([
    Promise.all([import('../lib/citation-index.ts'), import('../lib/citation-scan.ts')]).then(([a, b]) => ({ ...a, findCitations: b.findCitations })),
    fetch(`${base}${langPrefix()}api/citation-index.json`).then((r) => {
      if (!r.ok) throw new Error(`citation index: HTTP ${r.status}`);
      return r.json() as Promise<CitableRule[]>;
    }),
  ]).then(([engine, rules]) => ({ engine, index: engine.buildCitationIndex(rules) }));
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

export async function loadIndex(base: string): Promise<CitationIndex> {
  return (await load(base)).index;
}

export async function lookup(base: string, query: string): Promise<Lookup> {
  const { engine, index } = await load(base);
  return engine.lookupCitation(index, query);
}

/** Every citation in a pasted paragraph (see findCitations in src/lib/citation-scan.ts). */
export async function findInText(base: string, text: string): Promise<FoundCitation[]> {
  const { engine, index } = await load(base);
  return engine.findCitations(text, index);
}

export function link(base: string, path: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = base + langPrefix() + path;
  a.textContent = text;
  return a;
}

export function goToText(result: Extract<Resolved, { kind: 'provision' | 'rule' }>): string {
  const go = ct('lookup.goTo');
  return result.kind === 'rule' ? `${go} ${result.ruleTitle}` : `${go} ${result.citation}${result.heading ? `: ${result.heading}` : ''}`;
}

function missingBox(base: string, box: HTMLElement, result: Extract<Resolved, { kind: 'missing' }>): void {
  const p = document.createElement('p');
  p.className = 'font-semibold';
  p.textContent = ct('lookup.missing', { citation: result.citation });
  const note = document.createElement('p');
  note.textContent = ct('lookup.missingMore', { rule: result.ruleTitle });
  box.append(p, note);
  if (result.nearest.length > 0) {
    const label = document.createElement('p');
    label.textContent = ct('lookup.nearest');
    const ul = document.createElement('ul');
    ul.className = 'list-disc ps-6';
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
}

/**
 * "Go to 5 ILCS 805/15(e): No questions about…", "5 ILCS 805/99 is not on this
 * site…", or, for a text that names several places (or a name two rules share),
 * a list of them; null when nothing on the site matches.
 */
export function renderLookup(base: string, result: Lookup): HTMLElement | null {
  if (result.kind === 'none') return null;
  const box = document.createElement('div');
  box.className = 'lookup rounded-md border-2 border-accent p-3 bg-wash';
  if (result.kind === 'provision' || result.kind === 'rule') {
    const p = document.createElement('p');
    p.className = 'font-semibold';
    p.append(link(base, result.path, goToText(result)));
    box.append(p);
    return box;
  }
  if (result.kind === 'missing') {
    missingBox(base, box, result);
    return box;
  }
  const ul = document.createElement('ul');
  ul.className = 'list-disc ps-6 space-y-1';
  for (const r of result.results) {
    const li = document.createElement('li');
    if (r.kind === 'missing') li.append(link(base, `rules/${r.ruleId}/`, ct('lookup.missing', { citation: r.citation })));
    else li.append(link(base, r.path, goToText(r)));
    ul.append(li);
  }
  box.append(ul);
  return box;
}
