/**
 * Client side of the citation lookup, shared by the /cite/ page and the search
 * page: loads the compact citation index once, on demand, and renders a
 * lookup result with DOM methods only (what people type is never parsed as HTML).
 */
import { buildCitationIndex, lookupCitation, type CitableRule, type CitationIndex, type Lookup } from '../lib/citation-index.ts';

let index: Promise<CitationIndex> | undefined;

export function loadIndex(base: string): Promise<CitationIndex> {
  index ??= fetch(`${base}api/citation-index.json`)
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
  a.href = base + path;
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
    const text = result.kind === 'rule' ? `Go to ${result.ruleTitle}` : `Go to ${result.citation}${result.heading ? `: ${result.heading}` : ''}`;
    p.append(link(base, result.path, text));
    return box;
  }
  p.textContent = `No such provision on this site: ${result.citation}.`;
  const note = document.createElement('p');
  note.textContent = `${result.ruleTitle} is on this site, but we do not have that part of it. It may not exist, or we may not cover it yet.`;
  box.append(note);
  if (result.nearest.length > 0) {
    const label = document.createElement('p');
    label.textContent = 'Nearest provisions we have:';
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
  all.append(link(base, `rules/${result.ruleId}/`, `See all of ${result.ruleTitle}`));
  box.append(all);
  return box;
}
