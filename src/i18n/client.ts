/**
 * Interface text for the browser scripts (search, citation lookup, rules
 * filter, copy buttons). The page hands the strings its scripts need, in its
 * own language, as JSON in <body data-ui-strings> (BaseLayout's `clientText`),
 * so no script carries the text of every language and nothing is inline script.
 */
import type { UiKey } from './languages/en.ts';

const LOOKUP_KEYS = [
  'lookup.goTo',
  'lookup.missing',
  'lookup.missingMore',
  'lookup.nearest',
  'lookup.all',
  'lookup.notCitation',
  'lookup.searchInstead',
  'lookup.failed',
] as const satisfies readonly UiKey[];

/** The keys each browser script uses; a view passes its script's list to BaseLayout. */
export const CLIENT_KEYS = {
  /** The copy-citation buttons on rule pages (src/scripts/cite-this.ts). */
  copy: ['copy.citation', 'copy.bluebook', 'copy.link', 'copy.done', 'copy.copied', 'copy.failed'],
  /** The search page, with its "Go to" citation shortcut (src/scripts/search.ts). */
  search: [
    'search.searching',
    'search.none',
    'search.results',
    'search.result',
    'search.more',
    'search.failed',
    'search.broadened',
    'search.synonyms',
    ...LOOKUP_KEYS,
  ],
  /** The citation lookup page, with its "Find citations" in a pasted text (src/scripts/cite.ts). */
  cite: [...LOOKUP_KEYS, 'cite.find.found', 'cite.find.none', 'cite.find.notCovered', 'cite.find.partMissing', 'cite.find.cut'],
  /** The rules filter (src/scripts/rule-filter.ts). */
  filter: ['rules.filter.count'],
} as const satisfies Record<string, readonly UiKey[]>;

export type ClientKey = (typeof CLIENT_KEYS)[keyof typeof CLIENT_KEYS][number];

let table: Partial<Record<ClientKey, string>> | undefined;

/** Client-side text in the page's language, with {placeholders} filled. */
export function ct(key: ClientKey, vars: Record<string, string | number> = {}): string {
  table ??= JSON.parse(document.body.dataset.uiStrings ?? '{}') as Partial<Record<ClientKey, string>>;
  const text = table[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
