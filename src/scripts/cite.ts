/**
 * The /cite/ page: resolves ?q= and jumps to the provision, or explains that
 * the site has no such provision and offers the nearest real ones.
 */
import { ct } from '../i18n/client.ts';
import { langPrefix, lookup, renderLookup } from './lookup.ts';

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
