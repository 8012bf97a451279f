/**
 * The search page's only script. Pagefind (its JS, WebAssembly and index) is
 * loaded on demand, when the first search starts. Results are built with DOM
 * methods and text nodes only; Pagefind's excerpts are reduced to plain text
 * plus <mark>, so nothing in a query or an excerpt can run as code.
 */
import { looksLikeCitation, pickSubResults, readSearchState, writeSearchState, type SearchState, type SubResult } from '../lib/search-results.ts';
import { analyseQuery, rankByIdeas, searchTerms, tokenize, type Idea } from '../lib/search-query.ts';
import type { SearchWords } from '../i18n/search-words.ts';
import { ct } from '../i18n/client.ts';
import { lookup, renderLookup } from './lookup.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** The metadata fields the words were found in ("title", "contacts"…). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  /** `null` lists every page (that the filters let through). */
  search(q: string | null, o?: object): Promise<{ results: PagefindResult[] } | null>;
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
// A language without rule pages (coverage "core") has no filters: the page has no #search-filters.
const filterBox = document.getElementById('search-filters') as HTMLDetailsElement | null;
const filterInputs = (selector: string) => [...(filterBox?.querySelectorAll<HTMLInputElement>(selector) ?? [])];
const more = document.getElementById('search-more') as HTMLButtonElement;
const filterNames = [...new Set(filterInputs('input[type=checkbox]').map((c) => c.name))];
const base = form.dataset.base ?? '/';
const lang = document.documentElement.lang;
/** This language's stop words and synonyms (src/i18n/search-words.ts), from the page. */
const words = JSON.parse(list.dataset.words ?? '{"stop":[],"synonyms":[]}') as SearchWords;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // Citations, the names people type and the terms a rule defines count for more than body text.
    // Legal pages are long by nature: do not let length bury the rule that defines a term.
    // noWorker: the index is small enough to search on the page, which saves downloading Pagefind's worker.
    await pf.options({ noWorker: true, ranking: { pageLength: 0.1, metaWeights: { title: 5, citation: 8, aliases: 4, terms: 6 } } });
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
  for (const box of filterInputs('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return { q: input.value.trim().slice(0, 200), filters };
}

type Filters = Record<string, string[]>;

/** The metadata that names a page: its title, and on the help page its contacts (src/views/ProsePage.astro). */
const NAME_FIELDS = new Set(['title', 'contacts']);

async function pagesFor(pf: Pagefind, q: string | null, filters: Filters): Promise<PagefindResult[]> {
  return (await pf.search(q, { filters }))?.results ?? [];
}

/**
 * Whether a word the reader typed, one with synonyms, is on no page at all:
 * Pagefind leaves such a word out of the search, and with it an idea ("la
 * migra" where the pages say "ICE"). Its part of the index is already loaded.
 */
async function lostIdea(pf: Pagefind, ideas: Idea[], filters: Filters): Promise<boolean> {
  const typed = ideas.filter((i) => i.synonyms);
  const found = await Promise.all(typed.map((i) => pagesFor(pf, i.text.toLowerCase(), filters)));
  return found.some((r) => r.length === 0);
}

/** Why the results are not simply the pages with every word typed, for the status line. */
type Broadened = { kind: 'none' } | { kind: 'fewer' } | { kind: 'synonyms'; typed: string; other: string };

/**
 * The results for a query. Pagefind's own, the pages with every word, when
 * that says it all: a citation, a single word the site uses (its synonyms
 * would cost downloads a phone should not pay for one word), words without
 * synonyms. Otherwise (no page has every word, or words with synonyms here,
 * src/i18n/search-words.ts) the query is read as ideas, each found by any of
 * its words, and pages are ranked by how many and how important the ideas
 * they have are (src/lib/search-query.ts).
 */
async function find(pf: Pagefind, q: string, filters: Filters, citation: boolean): Promise<{ results: PagefindResult[]; broadened: Broadened }> {
  const terms = citation ? q : searchTerms(q, lang, words, false);
  const all = await pagesFor(pf, terms, filters);
  const native = { results: all, broadened: { kind: 'none' } as Broadened };
  if (citation && all.length > 0) return native;
  const ideas = analyseQuery(q, lang, words);
  const synonyms = ideas.filter((i) => i.synonyms);
  if (ideas.length === 0) return native;
  if (all.length > 0) {
    if (synonyms.length === 0) return native;
    if (tokenize(terms, lang).length === 1 && !(await lostIdea(pf, ideas, filters))) return native;
  }
  const [every, ...found] = await Promise.all([
    pagesFor(pf, null, filters),
    ...ideas.map(async (idea) => (await Promise.all(idea.searches.map((s) => pagesFor(pf, s, filters)))).flat()),
  ]);
  const perIdea = found.map((results) => {
    const best = new Map<string, PagefindResult>();
    const named = new Set<string>();
    for (const r of results) {
      if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
      if (r.matchedMetaFields?.some((f) => NAME_FIELDS.has(f))) named.add(r.id);
    }
    return { best, pages: new Map([...best].map(([id, r]) => [id, { score: r.score, named: named.has(id) }])) };
  });
  const order = rankByIdeas(
    perIdea.map((p) => p.pages),
    every.length,
  );
  // Each page is shown with the rarest idea it has: its excerpt marks that word.
  const rarest = perIdea.filter((p) => p.best.size > 0).sort((a, b) => a.best.size - b.best.size);
  const results = order.map((id) => rarest.find((p) => p.best.has(id))!.best.get(id)!);
  if (all.length === 0) return { results, broadened: results.length > 0 ? { kind: 'fewer' } : { kind: 'none' } };
  const example = synonyms.find((i) => i.other !== undefined);
  return { results, broadened: example ? { kind: 'synonyms', typed: example.text, other: example.other! } : { kind: 'none' } };
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
    // A string with a digit that the lookup does not know ("call 911 without papers") is searched as words.
    const citation = looksLikeCitation(state.q) && (await cited).kind !== 'none';
    const { results, broadened } = await find(pf, state.q, state.filters, citation);
    const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    const box = renderLookup(base, await cited);
    if (ticket !== latest) return;
    shortcut.replaceChildren(...(box ? [box] : []));
    current = { q: state.q, results, shown: data.length };
    list.replaceChildren(...data.map((r) => resultItem(r, state.q)));
    const n = results.length;
    const count = n === 0 ? ct('search.none', { q: state.q }) : n === 1 ? ct('search.result', { q: state.q }) : ct('search.results', { n, q: state.q });
    const why =
      broadened.kind === 'fewer'
        ? ct('search.broadened')
        : broadened.kind === 'synonyms'
          ? ct('search.synonyms', { typed: broadened.typed, other: broadened.other })
          : '';
    status.textContent = why ? `${why} ${count}` : count;
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
filterBox?.addEventListener('change', run);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void run();
});

if (filterBox) filterBox.hidden = false;
const initial = readSearchState(location.search, filterNames);
for (const box of filterInputs('input[type=checkbox]')) {
  box.checked = initial.filters[box.name]?.includes(box.value) ?? false;
}
if (filterBox) filterBox.open = Object.keys(initial.filters).length > 0;
if (initial.q) {
  input.value = initial.q;
  void run();
}
