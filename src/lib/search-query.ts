/**
 * How the search page reads a plain query, kept pure so it can be unit-tested:
 * the words it is made of, in any language (src/i18n/search-words.ts holds
 * each language's stop words and synonyms), the ideas those words stand for,
 * and, when no page has every word, which pages have the most important ideas.
 *
 *   analyseQuery("My brother was arrested by CPD, will they hand him to ICE?", "en", words)
 *   → ideas: brother (someone, family), arrested (arrest, detained, taken…),
 *            CPD (cpd, "chicago police"), hand (hand over, transfer…), ICE (ice, immigration, migra…)
 */
import type { SearchWords } from '../i18n/search-words.ts';
import { looksLikeCitation } from './search-results.ts';

export interface Token {
  /** The word as typed. */
  text: string;
  /** Lower case, without accents: what the lists are compared with. */
  key: string;
}

/**
 * Lower case, with the marks people type or leave out removed: accents on Latin letters ("Policía" → "policia"),
 * Arabic and Urdu short-vowel marks, the Devanagari nukta ("ज़" → "ज"), chandrabindu written as anusvara
 * ("माँ" → "मां"), and apostrophes ("I’m" → "im"). Vowel signs that make a different word (Hindi "में" and "मैं")
 * are kept.
 */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u093c'’]/g, '')
    .replace(/\u0901/g, '\u0902')
    .toLowerCase();
}

/**
 * The words of a query, cut by the browser's word segmenter for the page's
 * language (so a language written without spaces is cut into words too), or
 * at anything that is not a letter or digit where there is no segmenter. An
 * English clitic after an apostrophe ("ICE's", "don't") is dropped.
 */
export function tokenize(query: string, lang: string): Token[] {
  const raw: string[] = [];
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    for (const s of new Segmenter(lang, { granularity: 'word' }).segment(query)) if (s.isWordLike) raw.push(s.segment);
  } else raw.push(...(query.match(/[\p{L}\p{N}\p{M}'’]+/gu) ?? []));
  const tokens: Token[] = [];
  for (const word of raw) {
    const [head, ...rest] = word.split(/['’]/);
    for (const part of [head, ...rest.filter((p) => p.length > 1)]) {
      const key = fold(part);
      if (key) tokens.push({ text: part, key });
    }
  }
  return tokens;
}

/**
 * The words to search for: the query without stop words, unless it is a
 * citation (by default, anything with a digit or a section sign) or nothing
 * else would be left. Each word makes the browser download
 * the part of the index holding it, so leaving the small words out saves a
 * download without changing what is found.
 */
export function searchTerms(query: string, lang: string, words: SearchWords, citation = looksLikeCitation(query)): string {
  if (citation) return query;
  const stop = new Set(words.stop.map(fold));
  const kept = tokenize(query, lang).filter((t) => !stop.has(t.key));
  return kept.length > 0 ? kept.map((t) => t.text).join(' ') : query;
}

/** One idea of a query: a word, or a group of synonyms one of whose words was typed. */
export interface Idea {
  /** The words as typed ("CPD", "la migra"). */
  text: string;
  /** What to ask Pagefind for, any one of which is the idea: a word, a word's beginning, or a phrase's words. */
  searches: string[];
  /** The idea has synonyms: some of its searches are other words than the ones typed. */
  synonyms: boolean;
  /** A synonym of the word typed, to show the reader ("Chicago police" for "CPD"); none for a narrower word ("brother"). */
  other?: string;
}

interface Entry {
  keys: string[];
  /** The last word may be a beginning ("arrest*"). */
  prefix: boolean;
  group: number;
}

function entries(words: SearchWords, lang: string): Entry[] {
  const list: Entry[] = [];
  words.synonyms.forEach((g, group) => {
    for (const w of [...g.words, ...(g.alsoFor ?? [])]) {
      const prefix = w.endsWith('*');
      const keys = tokenize(prefix ? w.slice(0, -1) : w, lang).map((t) => t.key);
      if (keys.length > 0) list.push({ keys, prefix, group });
    }
  });
  // The longest entry first: "chicago police" before "chicago".
  return list.sort((a, b) => b.keys.length - a.keys.length);
}

function matches(entry: Entry, tokens: Token[], at: number): boolean {
  return entry.keys.every((k, i) => {
    const t = tokens[at + i]?.key;
    if (t === undefined) return false;
    return entry.prefix && i === entry.keys.length - 1 ? t.startsWith(k) : t === k;
  });
}

/**
 * How Pagefind is asked for a list entry: a beginning without its star; a
 * phrase as its words but the stop words, all of which must be on the page
 * (Pagefind's exact "phrase" search gives no ranking and no title match, which
 * the ranking needs).
 */
function searchFor(entry: string, lang: string, stop: Set<string>): string {
  const words = tokenize(entry.endsWith('*') ? entry.slice(0, -1) : entry, lang).filter((t) => !stop.has(t.key));
  return words.map((t) => t.text).join(' ');
}

/** Adds a search to an idea once; a search for more than a beginning of the words typed makes it a synonym idea. */
function add(idea: Idea & { keys: Set<string> }, search: string): void {
  const key = fold(search);
  if (!key || idea.keys.has(key)) return;
  idea.keys.add(key);
  idea.searches.push(search);
  if (!fold(idea.text).startsWith(key)) idea.synonyms = true;
}

/**
 * The ideas of a query, in order: each synonym group once, with every word of
 * the group to search for, and each other word that is not a stop word.
 */
export function analyseQuery(query: string, lang: string, words: SearchWords): Idea[] {
  const tokens = tokenize(query, lang);
  const list = entries(words, lang);
  const stop = new Set(words.stop.map(fold));
  const ideas: Idea[] = [];
  const seen = new Map<string, Idea>();
  for (let i = 0; i < tokens.length;) {
    const entry = list.find((e) => matches(e, tokens, i));
    if (entry) {
      const text = tokens
        .slice(i, i + entry.keys.length)
        .map((t) => t.text)
        .join(' ');
      const id = `group:${entry.group}`;
      const known = seen.get(id) as (Idea & { keys: Set<string> }) | undefined;
      if (known) {
        known.text += ` ${text}`;
        add(known, searchFor(text, lang, stop));
      } else {
        const group = words.synonyms[entry.group].words;
        const idea = { text, searches: [], synonyms: false, keys: new Set<string>() } as Idea & { keys: Set<string> };
        // The group's words, and the words typed (an `alsoFor` word is searched only when typed).
        for (const w of [...group, text]) add(idea, searchFor(w, lang, stop));
        // A synonym to show the reader, when the word typed is one of the group's own (not a narrower
        // `alsoFor` word): a whole word first ("detained" for "arrested"), else a beginning other than the typed word's.
        if (words.synonyms[entry.group].words.some((w) => (w.endsWith('*') ? fold(text).startsWith(fold(w.slice(0, -1))) : fold(w) === fold(text)))) {
          const other =
            group.find((w) => !w.endsWith('*') && fold(w) !== fold(text)) ??
            group.map((w) => w.replace(/\*$/, '')).find((w) => !fold(text).startsWith(fold(w)));
          if (other) idea.other = other;
        }
        seen.set(id, idea);
        ideas.push(idea);
      }
      i += entry.keys.length;
      continue;
    }
    const t = tokens[i++];
    if (stop.has(t.key) || seen.has(t.key)) continue;
    const idea = { text: t.text, searches: [t.text.toLowerCase()], synonyms: false };
    seen.set(t.key, idea);
    ideas.push(idea);
  }
  return ideas.map(({ text, searches, synonyms, other }) => ({ text, searches, synonyms, ...(other ? { other } : {}) }));
}

/** How one page matched one idea: Pagefind's best score for it, and whether it was in the page's name. */
export interface IdeaHit {
  score: number;
  /** The idea is in the page's title (or, on the help page, a contact's name or purpose). */
  named: boolean;
}

/** Pages one idea is on (any of its searches), by page id. */
export type IdeaPages = Map<string, IdeaHit>;

/**
 * How the ideas of a query are weighed (tuned on tests/fixtures/search-questions.yaml; see
 * tests/browser/search-questions.test.ts):
 * - every idea counts at least FLOOR, rare ideas more (their inverse document frequency): on a
 *   site about police and immigration, "police" tells little, but a question is about all of its ideas;
 * - a page gets up to STRENGTH more for an idea Pagefind scores high there (many times, in headings);
 * - and NAMED more when the idea is in the page's name: a guide's title is the question it answers.
 */
export const IDEA_WEIGHTS = { FLOOR: 1, STRENGTH: 0.5, NAMED: 2 } as const;

/**
 * The order of pages for a query read as ideas: pages with the most, and the
 * most important, ideas first. `total` is the number of pages searched.
 */
export function rankByIdeas(ideas: IdeaPages[], total: number): string[] {
  const { FLOOR, STRENGTH, NAMED } = IDEA_WEIGHTS;
  const scores = new Map<string, number>();
  for (const pages of ideas) {
    if (pages.size === 0) continue;
    const idf = Math.log(1 + (total - pages.size + 0.5) / (pages.size + 0.5));
    const weight = Math.max(FLOOR, idf);
    const best = Math.max(...[...pages.values()].map((h) => h.score));
    for (const [id, hit] of pages) {
      const strength = best > 0 ? hit.score / best : 0;
      scores.set(id, (scores.get(id) ?? 0) + weight * (1 + STRENGTH * strength + (hit.named ? NAMED : 0)));
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}
