/**
 * The search page's only script. Pagefind (its JS, WebAssembly and index) is
 * loaded on demand, when the first search starts. Results are built with DOM
 * methods and text nodes only; Pagefind's excerpts are reduced to plain text
 * plus <mark>, so nothing in a query or an excerpt can run as code.
 */
import { looksLikeCitation, pickSubResults, readSearchState, searchTerms, writeSearchState, type SearchState, type SubResult } from '../lib/search-results.ts';
import { ct } from '../i18n/client.ts';
import { lookup, renderLookup } from './lookup.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results load five at a time: each result downloads its own index fragment
 * (a few kB), so a first search stays within its byte budget on a phone, and
 * "Show more results" loads the next five.
 */
const PAGE_SIZE = 5;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.elements.namedItem('q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const shortcut = document.getElementById('search-lookup')!;
// Filters fold away on a phone so results come first; they open when a link already uses them.
const filterBox = document.getElementById('search-filters') as HTMLDetailsElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const filterNames = [...new Set([...filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((c) => c.name))];
const base = form.dataset.base ?? '/';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // Citations and the names people type count for more than body text.
    // Legal pages are long by nature: do not let length bury the rule that defines a term.
    // noWorker: the index is small enough to search on the page, which saves downloading Pagefind's worker.
    await pf.options({ noWorker: true, ranking: { pageLength: 0.1, metaWeights: { title: 5, citation: 8, aliases: 4 } } });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind excerpts hold text and <mark>; keep exactly that and drop everything else. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'mt-1');
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) p.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') p.append(el('mark', undefined, node.textContent ?? ''));
    else p.append(node.textContent ?? '');
  }
  return p;
}

function currentState(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return { q: input.value.trim().slice(0, 200), filters };
}

let latest = 0;
/** The current query's results, and how many are shown. */
let current: { q: string; results: PagefindResult[]; shown: number } = { q: '', results: [], shown: 0 };

async function run(): Promise<void> {
  const state = currentState();
  history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
  const ticket = ++latest;
  if (!state.q) {
    list.replaceChildren();
    shortcut.replaceChildren();
    status.textContent = '';
    more.hidden = true;
    return;
  }
  status.textContent = ct('search.searching');
  // A citation gets a direct "Go to …" link above the full-text results. Plain words skip the
  // lookup (and its download): their rule comes first in the results anyway.
  const cited = looksLikeCitation(state.q) ? lookup(base, state.q).catch(() => ({ kind: 'none' }) as const) : Promise.resolve({ kind: 'none' } as const);
  try {
    const pf = await loadPagefind();
    const search = await pf.search(searchTerms(state.q, document.documentElement.lang), { filters: state.filters });
    const results = search?.results ?? [];
    const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    const box = renderLookup(base, await cited);
    if (ticket !== latest) return;
    shortcut.replaceChildren(...(box ? [box] : []));
    current = { q: state.q, results, shown: data.length };
    list.replaceChildren(...data.map((r) => resultItem(r, state.q)));
    const n = results.length;
    status.textContent = n === 0 ? ct('search.none', { q: state.q }) : n === 1 ? ct('search.result', { q: state.q }) : ct('search.results', { n, q: state.q });
    showMore();
  } catch {
    if (ticket !== latest) return;
    status.textContent = ct('search.failed');
  }
}

function showMore(): void {
  const left = current.results.length - current.shown;
  more.hidden = left <= 0;
  more.textContent = ct('search.more', { n: Math.min(PAGE_SIZE, left) });
}

more.addEventListener('click', async () => {
  const { q, results, shown } = current;
  more.disabled = true;
  const data = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  more.disabled = false;
  if (current.results !== results) return;
  const items = data.map((r) => resultItem(r, q));
  list.append(...items);
  current.shown += data.length;
  showMore();
  // Keyboard and screen-reader users land on the first new result.
  items[0]?.querySelector('a')?.focus();
});

function resultItem(r: PagefindResultData, q: string): HTMLLIElement {
  const li = el('li', 'border-t border-line pt-4');
  const h2 = el('h2', 'text-[1.15rem]');
  const a = el('a', undefined, r.meta.title ?? r.url);
  a.href = r.url;
  h2.append(a);
  li.append(h2);
  if (r.meta.citation) li.append(el('p', 'font-mono text-[0.9rem] text-muted', r.meta.citation));
  li.append(excerpt(r.excerpt));
  const subs = pickSubResults(r.url, r.sub_results, q);
  if (subs.length > 0) {
    const ul = el('ul', 'mt-2 space-y-2 list-none pl-4 border-l-4 border-line');
    for (const sub of subs) {
      const sli = el('li');
      const sa = el('a', 'font-semibold', sub.title);
      sa.href = sub.url;
      sli.append(sa, excerpt(sub.excerpt));
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(run, 250);
});
filterBox.addEventListener('change', run);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void run();
});

filterBox.hidden = false;
const initial = readSearchState(location.search, filterNames);
for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
  box.checked = initial.filters[box.name]?.includes(box.value) ?? false;
}
filterBox.open = Object.keys(initial.filters).length > 0;
if (initial.q) {
  input.value = initial.q;
  void run();
}
