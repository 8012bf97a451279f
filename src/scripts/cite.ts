/**
 * The /cite/ page: resolves ?q= and jumps to the provision, or explains that
 * the site has no such provision and offers the nearest real ones; and
 * "Find citations" lists every citation in a pasted text, in the browser.
 */
import { ct } from '../i18n/client.ts';
import { findInText, langPrefix, lookup, renderFindings, renderLookup } from './lookup.ts';

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
