/**
 * Rules index: filter the list by jurisdiction, kind and status. Progressive
 * enhancement: without JavaScript the form stays hidden and every rule shows.
 */
import { ct } from '../i18n/client.ts';
import { FACETS, matches, selectionFromSearch, type Selection } from '../lib/rule-filter.ts';

const form = document.getElementById('rule-filter') as HTMLFormElement;
const cards = [...document.querySelectorAll<HTMLElement>('[data-rule-card]')];
const count = document.getElementById('rule-filter-count')!;

function apply(selection: Selection): void {
  let shown = 0;
  for (const card of cards) {
    const ok = matches(card.dataset as Selection, selection);
    card.hidden = !ok;
    if (ok) shown++;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-rule-group]')) {
    group.hidden = !group.querySelector('[data-rule-card]:not([hidden])');
  }
  count.textContent = ct('rules.filter.count', { shown, total: cards.length });
}

function current(): Selection {
  const selection: Selection = {};
  for (const f of FACETS) {
    const value = (form.elements.namedItem(f) as HTMLSelectElement).value;
    if (value) selection[f] = value;
  }
  return selection;
}

function update(): void {
  const selection = current();
  const params = new URLSearchParams(selection as Record<string, string>).toString();
  history.replaceState(null, '', params ? `?${params}` : location.pathname);
  apply(selection);
}

// The list follows each choice at once; the button does the same, for readers who expect to confirm.
form.addEventListener('change', update);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update();
});

const initial = selectionFromSearch(location.search);
for (const f of FACETS) {
  const select = form.elements.namedItem(f) as HTMLSelectElement;
  if (initial[f] && [...select.options].some((o) => o.value === initial[f])) select.value = initial[f]!;
  else delete initial[f];
}
form.hidden = false;
apply(initial);
