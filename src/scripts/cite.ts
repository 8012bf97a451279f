/**
 * The /cite/ page: resolves ?q= and jumps to the provision, or explains that
 * the site has no such provision and offers the nearest real ones; and
 * "Find citations" lists every citation in a pasted text, in the browser.
 */
import { ct } from '../i18n/client.ts';
import type { FoundCitation } from '../lib/citation-scan.ts';
import { findInText, goToText, langPrefix, link, lookup, renderLookup } from './lookup.ts';

const form = document.getElementById('cite-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const out = document.getElementById('cite-result')!;
const base = form.dataset.base ?? '/';

async function run(query: string, jump: boolean): Promise<void> {
  const q = query.trim().slice(0, 200);
  out.replaceChildren();
  if (!q) return;
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
  try {
    const result = await lookup(base, q);
    if (jump && (result.kind === 'provision' || result.kind === 'rule')) {
      location.replace(base + langPrefix() + result.path);
      return;
    }
    const box = renderLookup(base, result);
    if (box) out.append(box);
    else {
      const p = document.createElement('p');
      p.textContent = `${ct('lookup.notCitation', { q })} `;
      const a = document.createElement('a');
      a.href = `${base}${langPrefix()}search/?q=${encodeURIComponent(q)}`;
      a.textContent = ct('lookup.searchInstead');
      p.append(a);
      out.append(p);
    }
  } catch {
    out.textContent = ct('lookup.failed');
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(input.value, true);
});
const initial = new URLSearchParams(location.search).get('q') ?? '';
if (initial) {
  input.value = initial.slice(0, 200);
  void run(initial, true);
}

/** The mark on a citation the site does not cover: words, not only a colour. */
function notCovered(): HTMLElement {
  const mark = document.createElement('strong');
  mark.className = 'not-covered inline-block rounded-sm border-2 border-ink px-1 text-[0.9rem]';
  mark.textContent = `✕ ${ct('cite.find.notCovered')}`;
  return mark;
}

/** Where one finding leads, as lines of an item: links to its provisions, or a "not covered" mark. */
function findingLines(base: string, result: FoundCitation['result']): HTMLElement[] {
  const resolved = result.kind === 'list' ? result.results : result.kind === 'none' ? [] : [result];
  if (resolved.length === 0) {
    const p = document.createElement('p');
    p.append(notCovered());
    return [p];
  }
  return resolved.map((r) => {
    const p = document.createElement('p');
    // A part the site does not have, of a rule it has: the rule, and a note.
    if (r.kind === 'missing')
      p.append(`${ct('cite.find.partMissing', { citation: r.citation })} `, link(base, `rules/${r.ruleId}/`, ct('lookup.all', { rule: r.ruleTitle })));
    else p.append(link(base, r.path, goToText(r)));
    return p;
  });
}

/**
 * The citations found in a pasted text, in order: each as written, then where
 * it leads on this site (for a part the site lacks, of a rule it has, the rule
 * and a note saying so), or a clear "Not covered on this site". Built with DOM
 * methods only: the pasted text is never parsed as HTML.
 */
function renderFindings(base: string, found: FoundCitation[]): HTMLLIElement[] {
  return found.map((f) => {
    const li = document.createElement('li');
    li.className = `border-s-4 ps-3 ${f.covered ? 'border-accent' : 'border-line'}`;
    li.dataset.covered = String(f.covered);
    const as = document.createElement('p');
    as.className = 'font-mono text-[0.95rem] break-words';
    as.textContent = f.text.replace(/\s+/g, ' ').trim();
    li.append(as, ...findingLines(base, f.result));
    return li;
  });
}

// "Find citations": shown only when this script runs (it needs it), and never puts the text in the address.
const findSection = document.getElementById('cite-find');
const findForm = document.getElementById('cite-find-form') as HTMLFormElement | null;
if (findSection && findForm) {
  const text = findForm.elements.namedItem('text') as HTMLTextAreaElement;
  const findStatus = document.getElementById('cite-find-status')!;
  const findList = document.getElementById('cite-find-results')!;
  const max = Number(findList.dataset.max) || 20000;
  findSection.hidden = false;
  let ticket = 0;
  findForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const mine = ++ticket;
    const pasted = text.value.slice(0, max);
    findList.replaceChildren();
    if (!pasted.trim()) {
      findStatus.textContent = '';
      return;
    }
    try {
      const found = await findInText(base, pasted);
      if (mine !== ticket) return;
      const other = found.filter((f) => !f.covered).length;
      const summary = found.length === 0 ? ct('cite.find.none') : ct('cite.find.found', { n: found.length, covered: found.length - other, other });
      findStatus.textContent = text.value.length > max ? `${summary} ${ct('cite.find.cut', { n: max })}` : summary;
      findList.replaceChildren(...renderFindings(base, found));
    } catch {
      if (mine === ticket) findStatus.textContent = ct('lookup.failed');
    }
  });
}
