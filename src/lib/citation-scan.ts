/**
 * Finds every citation in a paragraph — a news story, a brief, a council
 * record — and resolves each against the citation index, in the browser, with
 * no request: the same index the lookup uses (/api/citation-index.json).
 *
 *   findCitations("…violations of the Illinois TRUST Act, 5 ILCS 805/1 et seq., and the
 *                  Illinois Constitution, Article I, § 6.", index)
 *   → [{ start, end, text: "Illinois TRUST Act, 5 ILCS 805/1 et seq.", result: { kind: "rule", … }, covered: true }]
 *
 * What counts as a citation:
 *   - citation syntax (src/lib/citation-parser.ts): always reported; `covered: false`
 *     when the site does not have what it cites ("8 U.S.C. § 1226", "Plyler v. Doe, 457 U.S. 202");
 *   - a bare number that only might be a citation ("2-173-062", "§ 1373", "I-247A"):
 *     reported only when it names something the site has;
 *   - the name of a rule, as the rules' titles and aliases write it ("the Welcoming City
 *     Ordinance", "Ley TRUST de Illinois"), with a section around it when there is one
 *     ("Section 15 of the TRUST Act").
 * Neighbouring citations of one rule ("Section 2-173-020(c) of Chapter 2-173 of the
 * Municipal Code of Chicago (the “Welcoming City Ordinance”)") are one finding, at the
 * most precise place they name.
 */
import { foldChar, RECOGNISERS, type Confidence, type Reading } from './citation-parser.ts';
import { resolveIn, resolveParsed, severalRules, type CitableRule, type CitationIndex, type Lookup } from './citation-index.ts';

export interface FoundCitation {
  /** UTF-16 offsets into the text given: `text.slice(start, end)` is the citation as written. */
  start: number;
  end: number;
  text: string;
  /** Where it leads; `kind: "none"` for a citation this site does not cover. */
  result: Lookup;
  /** False when the site does not cover what it cites. */
  covered: boolean;
}

export interface FindOptions {
  /** Stop after this many findings (default 500). */
  limit?: number;
}

// ---------------------------------------------------------------------------
// The folded text, with a map back to the original offsets

interface Folded {
  text: string;
  /** For each folded character, the offset in the original of the character it came from. */
  from: number[];
  /** For each folded character, the offset just after that original character. */
  to: number[];
}

/**
 * Offsets of line numbers to skip in text pasted from a bill as the General
 * Assembly prints it ("12issued pursuant to Sections 1226 or 1357 of Title 8 of the
 * 13United States Code"): only when at least three lines start with
 * consecutive numbers, so a paragraph that starts "10 people…" keeps its number.
 */
function lineNumbers(original: string): Set<number> {
  const skip = new Set<number>();
  const lines = [...original.matchAll(/(?:^|\n)[ \t]*(\d{1,2})(?=[A-Za-z"(“]|[ \t]{2,})/g)];
  let run = 0;
  for (let k = 1; k < lines.length; k++) if (Number(lines[k][1]) === Number(lines[k - 1][1]) + 1) run++;
  if (run < 2) return skip;
  for (const m of lines) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    for (let k = 0; k < m[1].length; k++) skip.add(at + k);
  }
  return skip;
}

/** The text as the recognisers read it: folded characters, runs of spaces as one space, bill line numbers dropped. */
function fold(original: string): Folded {
  const skip = lineNumbers(original);
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  let space = true;
  for (const ch of original) {
    const f = skip.has(i) ? ' ' : foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      const c = f[k];
      if (c === ' ') {
        if (space) continue;
        space = true;
      } else space = false;
      chars.push(c);
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  return { text: chars.join(''), from, to };
}

// ---------------------------------------------------------------------------
// Word boundaries around a match

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined) => c !== undefined && /[A-Z]/.test(c);
const isLower = (c: string | undefined) => c !== undefined && /[a-z]/.test(c);
const isLetter = (c: string | undefined) => isUpper(c) || isLower(c);
const isAlnum = (c: string | undefined) => isDigit(c) || isLetter(c);

/**
 * A citation may start after a letter only where a page ran two words together
 * ("Docket Number21-3334", "DepartmentSpecial Order S06-14-03"), never inside a
 * number or a word ("1287(g)", "ASB 12").
 */
function okStart(text: string, s: number): boolean {
  const p = text[s - 1];
  const f = text[s];
  if (!isAlnum(p)) return p !== '.' || !isDigit(f) || !isDigit(text[s - 2]);
  if (isDigit(f)) return isLetter(p);
  return isLower(p) && isUpper(f);
}

function okEnd(text: string, e: number): boolean {
  const n = text[e];
  const l = text[e - 1];
  if (!isAlnum(n)) return !(n === '.' && isDigit(text[e + 1]) && isDigit(l));
  if (isDigit(n)) return !isAlnum(l);
  if (isDigit(l) || l === ')') return true;
  return isLower(l) && isUpper(n);
}

// ---------------------------------------------------------------------------
// Names: a token trie over the rules' titles and aliases

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words of the folded text, lower-cased and without accents, with their offsets. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cur: Token | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    let base: string;
    if (code < 128) base = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else if (/\p{M}/u.test(ch)) {
      if (cur) cur.end = i + 1;
      continue;
    } else base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (base.length === 1 && ((base >= 'a' && base <= 'z') || (base >= '0' && base <= '9'))) {
      if (cur) {
        cur.word += base;
        cur.end = i + 1;
      } else cur = { word: base, start: i, end: i + 1 };
    } else if (cur) {
      tokens.push(cur);
      cur = null;
    }
  }
  if (cur) tokens.push(cur);
  return tokens;
}

/** Runs of words that mean the same thing in a name: "Immigration and Customs Enforcement (ICE)" is "ICE". */
const REWRITES: [string[], string][] = [
  [['immigration', 'and', 'customs', 'enforcement', 'ice'], 'ice'],
  [['immigration', 'and', 'customs', 'enforcement'], 'ice'],
];

function rewrite(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const rule = REWRITES.find(([seq]) => seq.every((w, k) => tokens[i + k]?.word === w));
    if (rule) {
      out.push({ word: rule[1], start: tokens[i].start, end: tokens[i + rule[0].length - 1].end });
      i += rule[0].length;
    } else out.push(tokens[i++]);
  }
  return out;
}

interface NameEntry {
  ids: Set<string>;
  /** How each word must be written, when the name is only safe in its own letter case ("WCO", "Welcoming City"). */
  strict?: string[];
  /** The same, one entry per token. */
  want?: string[];
  /** A two-word name ("TRUST Act") is part of a longer name when a capitalised word precedes it ("Public Use Trust Act"). */
  guard: boolean;
  /** A name in everyday words, found only between quotation marks. */
  quoted?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: NameEntry[];
}

const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'to',
  'on',
  'in',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'para',
  'en',
  'a',
  'v',
  'vs',
  'sobre',
  'al',
]);
const KIND_WORDS = new Set(['act', 'ordinance', 'order']);

/** The words of a name as written, without the punctuation between them. */
function wordsOf(name: string): string[] {
  return name
    .split(/[\s,;:/–—-]+/)
    .map((w) => w.replace(/[.’'"“”()]/g, ''))
    .filter(Boolean);
}

/**
 * Names worth finding in running text: written as a proper name (every word
 * capitalised but "of", "the", "de"…) and without numbers (numbers are
 * citations, read by the parser). "ICE detainer", "Chicago sanctuary city law"
 * describe a topic, not a law, and are left to the search.
 */
function scanSafe(name: string): boolean {
  if (/\d/.test(name)) return false;
  const words = wordsOf(name);
  if (words.length === 0) return false;
  if (words.length === 1) return /^[A-Z]{3,}$/.test(words[0]);
  return words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) && words.some((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
}

function nameVariants(raw: string): { text: string; strict: boolean; quoted?: boolean }[] {
  // "VOICES Act (U visa and T visa certifications)" → "VOICES Act"; "Safe Schools for All: School Code…" → "Safe Schools for All".
  const text = raw
    .replace(/\s*\([^)]*\)/g, ' ')
    .split(':')[0]
    .replace(/\s+/g, ' ')
    .trim();
  // A name in everyday words ("ICE bajo aviso", "Ciudad que da la Bienvenida") counts only inside quotation marks.
  if (!scanSafe(text)) return !/\d/.test(text) && wordsOf(text).length >= 3 ? [{ text, strict: false, quoted: true }] : [];
  const words = wordsOf(text);
  const out = [{ text, strict: words.length === 1 }];
  // "Welcoming City Ordinance" is also written "the Welcoming City": the name without its last word, in its own case.
  if (words.length >= 3 && KIND_WORDS.has(words[words.length - 1].toLowerCase())) {
    const head = words.slice(0, -1);
    if (head.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).length >= 2) out.push({ text: head.join(' '), strict: true });
  }
  return out;
}

function buildTrie(rules: Iterable<CitableRule>): TrieNode {
  const root: TrieNode = { next: new Map(), entries: [] };
  for (const rule of rules) {
    for (const raw of [rule.title, rule.shortTitle, ...rule.aliases]) {
      for (const { text, strict, quoted } of nameVariants(raw)) {
        const tokens = rewrite(tokenize([...text].map(foldChar).join('')));
        if (tokens.length === 0) continue;
        let node = root;
        for (const t of tokens) {
          let child = node.next.get(t.word);
          if (!child) node.next.set(t.word, (child = { next: new Map(), entries: [] }));
          node = child;
        }
        const strictWords = strict ? wordsOf(text) : undefined;
        const guard = tokens.length === 2;
        const same = node.entries.find((e) => (e.strict ?? []).join(' ') === (strictWords ?? []).join(' ') && e.guard === guard && e.quoted === quoted);
        if (same) same.ids.add(rule.id);
        else
          node.entries.push({
            ids: new Set([rule.id]),
            strict: strictWords,
            want: strictWords?.flatMap((w) => tokenize(w).map((x) => w.slice(x.start, x.end))),
            guard,
            quoted,
          });
      }
    }
  }
  return root;
}

const tries = new WeakMap<CitationIndex, TrieNode>();

function trieOf(index: CitationIndex): TrieNode {
  let trie = tries.get(index);
  if (!trie) tries.set(index, (trie = buildTrie(index.rules.values())));
  return trie;
}

/** Words that may stand before a two-word name without making it part of a longer one. */
const ALLOWED_BEFORE = new Set([
  'the',
  'a',
  'an',
  'illinois',
  'il',
  'ill',
  'chicago',
  'cook',
  'county',
  'state',
  'federal',
  'our',
  'this',
  'that',
  'under',
  'see',
  'and',
  'of',
  'in',
  'by',
  'with',
  'from',
  'new',
  'amended',
  'bipartisan',
  'landmark',
  'la',
  'el',
  'los',
  'las',
  'del',
  'de',
  'y',
  'bajo',
  'con',
  'según',
  'segun',
  'per',
  'its',
  'their',
  'his',
  'her',
  'both',
  'as',
  'called',
  'named',
]);

function guardOk(text: string, start: number, end: number): boolean {
  const matched = text.slice(start, end);
  if (matched === matched.toUpperCase() && /[A-Z]{2}/.test(matched)) return true; // a headline in capitals
  const before = text.slice(Math.max(0, start - 40), start);
  const m = before.match(/([\p{L}’'.]+) $/u);
  if (!m) return true;
  const word = m[1];
  if (/[’']s?$/.test(word)) return true; // "Chicago’s Welcoming City"
  if (!/^\p{Lu}/u.test(word)) return true;
  return ALLOWED_BEFORE.has(word.replace(/\.$/, '').toLowerCase());
}

function strictOk(text: string, tokens: Token[], want: string[] | undefined): boolean {
  if (!want) return true;
  const written = tokens.map((t) => text.slice(t.start, t.end));
  if (written.length !== want.length) return false;
  return want.every((w, k) => {
    const got = written[k];
    if (/^[A-Z]{2,}$/.test(w)) return got === w; // an acronym only in capitals
    return /^\p{Lu}/u.test(w) === /^\p{Lu}/u.test(got) || got === got.toUpperCase();
  });
}

interface NameHit {
  start: number;
  end: number;
  ids: string[];
}

function findNames(text: string, index: CitationIndex): NameHit[] {
  const root = trieOf(index);
  const tokens = rewrite(tokenize(text));
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length;) {
    let node: TrieNode | undefined = root;
    let best: NameHit | null = null;
    let bestLen = 0;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].word);
      if (!node || node.entries.length === 0) continue;
      const start = tokens[i].start;
      const end = tokens[j].end;
      const span = tokens.slice(i, j + 1);
      const ids = new Set<string>();
      for (const entry of node.entries) {
        if (!strictOk(text, span, entry.want)) continue;
        // A two-word name ("TRUST Act") in running text only when written as a name, not "a trust act".
        if (entry.guard && (!/^\p{Lu}/u.test(text.slice(start, end)) || !guardOk(text, start, end))) continue;
        if (entry.quoted && !(/["“'‘«]$/.test(text.slice(0, start)) && /^["”'’»]/.test(text.slice(end)))) continue;
        for (const id of entry.ids) ids.add(id);
      }
      if (ids.size > 0) {
        best = { start, end, ids: [...ids] };
        bestLen = j - i + 1;
      }
    }
    if (best) {
      // "Chicago Welcoming City Act": a name found without its last word ("Act", "Ordinance") takes it.
      const next = tokens[i + bestLen];
      if (next && KIND_WORDS.has(next.word) && /^ ?$/.test(text.slice(best.end, next.start))) {
        best.end = next.end;
        bestLen++;
      }
      hits.push(best);
      i += bestLen;
    } else i++;
  }
  return hits;
}

// ---------------------------------------------------------------------------
// Scanning

interface Hit {
  start: number;
  end: number;
  confidence: Confidence;
  /** Resolved findings, each with its own span. */
  items: Item[];
  order: number;
}

interface Item {
  start: number;
  end: number;
  result: Lookup;
  confidence: Confidence;
}

const SCANNERS = RECOGNISERS.map((r, order) => ({ r, order, re: new RegExp(r.source, r.caseSensitive ? 'dg' : 'dgi') })).filter(({ r }) => r.scan !== false);

const PART_TEXT = String.raw`\((?:\d{1,3}[a-z]?|[a-z]{1,4}|[A-Z]|[IVX]{2,4})\)`;
const SUBS_TEXT = String.raw`(?: ?${PART_TEXT})*`;
/** ", (d)", " and (b)(2)" after a citation with subdivisions. */
const MORE_PARTS = new RegExp(String.raw`^(?:(?:, ?(?:and |or )?| (?:and|or|&) )(?:${PART_TEXT})+)+(?![\w(])`);
/** "Section 15 of the", "Sections 10 and 15 of the", "§ 15(e) of" just before a name. */
const SECTION_BEFORE = new RegExp(
  String.raw`(?:Sec(?:tion)?s?\.?|§§?) ?((?:\d+(?:-\d+)*${SUBS_TEXT})(?:(?:, ?(?:and |or )?| (?:and|or) )\d+(?:-\d+)*${SUBS_TEXT})*) of (?:the )?$`,
  'i',
);
/** ", § 15", " Section 15(e)", " § 30" just after a name. */
const SECTION_AFTER = new RegExp(String.raw`^,? ?(?:§§?|Sec(?:tion)?\.?) ?(\d+(?:-\d+)*${SUBS_TEXT})(?![\d-])`, 'i');
/** "et seq." after a citation: the whole act or chapter. */
const ET_SEQ = /^,? ?et\.? ?seq\.?/i;
/** "(West 2022)", "(2024)" after an ILCS citation. */
const EDITION = /^ ?\((?:West |LexisNexis )?(?:19|20)\d{2}\)/;

function readingResult(index: CitationIndex, reading: Reading): Lookup {
  return resolveParsed(index, reading);
}

function resultFor(index: CitationIndex, ids: string[], at: string | undefined): Lookup {
  if (ids.length === 1) {
    const rule = index.rules.get(ids[0]);
    return rule ? resolveIn(rule, at) : { kind: 'none' };
  }
  return severalRules(index, ids, at);
}

const ruleIdsOf = (r: Lookup): string[] => (r.kind === 'none' ? [] : r.kind === 'list' ? r.results.map((x) => x.ruleId) : [r.ruleId]);

/** How precise a finding is: a provision beats a rule, which beats "no such provision". */
const precision = (r: Lookup) => (r.kind === 'provision' ? 3 : r.kind === 'rule' ? 2 : r.kind === 'missing' ? 1 : 0);

/** Text between two findings that still reads as one citation: "of", "(the", ", known as the". */
function isGlue(gap: string): boolean {
  if (gap.length > 45 || gap.includes(';') || (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length > 7) return false;
  return !/[.!?]\s+["“]?\p{Lu}/u.test(gap);
}

function mergeItems(text: string, items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev && isGlue(text.slice(prev.end, item.start))) {
      const a = ruleIdsOf(prev.result);
      const b = ruleIdsOf(item.result);
      let keep: Lookup | null = null;
      if (a.length === 1 && b.length === 1 && a[0] === b[0]) {
        const twoProvisions = prev.result.kind === 'provision' && item.result.kind === 'provision';
        // Two different provisions of one rule stay two findings ("§ 2-173-069(a) and § 2-173-069(b)").
        if (!twoProvisions || placeKey(prev.result) === placeKey(item.result))
          keep = precision(item.result) > precision(prev.result) ? item.result : prev.result;
      } else if (a.length > 1 && b.length === 1 && a.includes(b[0]))
        keep = item.result; // a shared name, then a citation of one of its rules
      else if (b.length > 1 && a.length === 1 && b.includes(a[0])) keep = prev.result;
      if (keep) {
        out[out.length - 1] = {
          start: prev.start,
          end: item.end,
          result: keep,
          confidence: prev.confidence === 'syntax' || item.confidence === 'syntax' ? 'syntax' : 'guess',
        };
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

const placeKey = (r: Lookup) => (r.kind === 'provision' || r.kind === 'rule' ? r.path : r.kind === 'missing' ? r.citation : r.kind);

/**
 * Every citation in `text`, in order, each with its span and what it resolves
 * to. Pure and synchronous; about a millisecond for a page of text.
 */
export function findCitations(text: string, index: CitationIndex, options: FindOptions = {}): FoundCitation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const limit = options.limit ?? 500;
  const folded = fold(text);
  const t = folded.text;
  const hits: Hit[] = [];

  for (const { r, re, order } of SCANNERS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      let end = start + m[0].length;
      if (!okStart(t, start) || !okEnd(t, end)) {
        re.lastIndex = start + 1;
        continue;
      }
      let readings = r.build(m);
      if (!readings) continue;
      const confidence = typeof r.confidence === 'function' ? r.confidence(m) : r.confidence;
      const after = t.slice(end, end + 40);
      const edition = after.match(EDITION);
      if (edition) end += edition[0].length;
      const seq = t.slice(end, end + 20).match(ET_SEQ);
      if (seq && readings.length === 1 && ['ilcs', 'usc', 'cfr', 'mcc'].includes(readings[0].family)) {
        end += seq[0].length;
        readings = [{ ...readings[0], at: undefined, span: undefined }];
      }
      // "8 C.F.R. § 287.7(a), (d)": further subdivisions of the same section.
      if (readings.length === 1 && readings[0].at?.includes('(') && readings[0].family !== 'ilcs') {
        const more = t.slice(end, end + 80).match(MORE_PARTS);
        if (more) {
          const base = readings[0].at;
          const parts = [...base.matchAll(/\(([^)]+)\)/g)].map((x) => x[1]);
          const head = base.slice(0, base.indexOf('('));
          const extra: Reading[] = [];
          for (const x of more[0].matchAll(new RegExp(`(?:${PART_TEXT})+`, 'g'))) {
            const add = [...x[0].matchAll(/\(([^)]+)\)/g)].map((y) => y[1]);
            const kept = parts.slice(0, Math.max(0, parts.length - add.length));
            extra.push({
              ...readings[0],
              at: head + [...kept, ...add].map((q) => `(${q})`).join(''),
              span: [end - start + (x.index ?? 0), end - start + (x.index ?? 0) + x[0].length],
            });
          }
          readings = [{ ...readings[0], span: [0, end - start] }, ...extra];
          end += more[0].length;
        }
      }
      const items: Item[] = readings.map((reading) => ({
        start: reading.span ? start + reading.span[0] : start,
        end: reading.span ? start + reading.span[1] : end,
        result: readingResult(index, reading),
        confidence,
      }));
      // A list's first item starts with the words before it ("Sections 1226 or 1357 of Title 8…").
      if (items.length > 1) {
        items[0].start = start;
        items[items.length - 1].end = end;
      }
      hits.push({ start, end, confidence, items, order });
    }
  }

  for (const name of findNames(t, index)) {
    let { start, end } = name;
    let ats: (string | undefined)[] = [undefined];
    const before = t.slice(Math.max(0, start - 80), start).match(SECTION_BEFORE);
    const after = t.slice(end, end + 40).match(SECTION_AFTER);
    if (before) {
      start -= before[0].length;
      ats = before[1].split(/, ?(?:and |or )?| (?:and|or) /).map((x) => x.replace(/\s+/g, ''));
    } else if (after) {
      end += after[0].length;
      ats = [after[1].replace(/\s+/g, '')];
    }
    const items = ats.map((at) => ({ start, end, result: resultFor(index, name.ids, at), confidence: 'syntax' as Confidence }));
    hits.push({ start, end, confidence: 'syntax', items, order: RECOGNISERS.length });
  }

  // Overlaps: the earliest, then the longest, then the most specific recogniser.
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }

  const items = kept
    .flatMap((h) => h.items)
    .filter((it) => it.confidence === 'syntax' || it.result.kind !== 'none')
    .sort((a, b) => a.start - b.start);
  const merged = mergeItems(t, items);

  return merged.slice(0, limit).map((it) => {
    const start = folded.from[it.start] ?? text.length;
    const end = folded.to[it.end - 1] ?? text.length;
    return { start, end, text: text.slice(start, end), result: it.result, covered: it.result.kind !== 'none' };
  });
}
