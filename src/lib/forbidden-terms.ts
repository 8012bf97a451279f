/**
 * One Spanish word for each paper: finds, in Spanish text, the renderings the
 * glossary forbids (`es.avoid` of an entry in content/glossary/), and names the
 * entry and the rendering to write instead.
 *
 * Matching ignores capitals and accents ("Orden de Detencion" is "orden de
 * detención"), takes whole words only, and lets a phrase run across a line break
 * (MDX and YAML text is wrapped). A rendering the glossary approves (any entry's
 * Spanish `term`, `short` or `aliases`) may contain a forbidden one: "orden de
 * ICE para ejecutar una deportación" is fine although "orden de ICE" is not.
 *
 * Pure functions: the caller reads the files (src/data/spanish-terms.ts) and
 * hands over their text. The helpers below cut a file into segments, each with
 * its field and first line, so every finding says file, line and field.
 */

/** The part of a glossary entry this check reads. */
export interface GlossaryTerms {
  id: string;
  filePath: string;
  data: { term: string; es?: { term: string; short?: string; aliases?: string[]; avoid?: string[] } };
}

/** A piece of Spanish text: a field of a file, starting on `line` (1-based). */
export interface TextSegment {
  file: string;
  field: string;
  line: number;
  text: string;
}

/** One forbidden rendering found. */
export interface ForbiddenFinding {
  file: string;
  line: number;
  /** 1-based column of the first letter on its line. */
  column: number;
  field: string;
  /** The words as written in the text. */
  found: string;
  /** The forbidden rendering they match (from the glossary). */
  avoid: string;
  /** The glossary entry that forbids it. */
  entry: string;
  /** The rendering to write instead: the entry's Spanish term. */
  write: string;
  /** The entry's English term, to give in parentheses on first mention. */
  english: string;
  /** The entry's short form after the first mention, if it has one. */
  short?: string;
}

/** Same shape as ContentIssue in content-checks.ts, so the build can list these with the others. */
export interface TermIssue {
  file: string;
  field: string;
  message: string;
}

interface Folded {
  /** Lower case, accents removed, every run of white space one space. */
  text: string;
  /** For each character of `text`, its offset in the original. */
  at: number[];
}

/** Lower case without accents, one character at a time (so offsets map back to the original). */
function foldChar(c: string): string {
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function fold(original: string): Folded {
  let text = '';
  const at: number[] = [];
  let i = 0;
  for (const c of original) {
    if (/\s/u.test(c)) {
      if (!text.endsWith(' ')) {
        text += ' ';
        at.push(i);
      }
    } else {
      for (const f of foldChar(c)) {
        text += f;
        at.push(i);
      }
    }
    i += c.length;
  }
  return { text, at };
}

/** A phrase as the matcher compares it: folded, trimmed. */
export function foldPhrase(phrase: string): string {
  return fold(phrase.trim()).text;
}

const WORD = /[\p{L}\p{N}]/u;

/** Start offsets (in folded text) of whole-word occurrences of a folded phrase. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = i > 0 ? haystack[i - 1] : '';
    const after = haystack[i + needle.length] ?? '';
    if ((before === '' || !WORD.test(before)) && (after === '' || !WORD.test(after))) found.push(i);
  }
  return found;
}

interface AvoidRule {
  phrase: string;
  folded: string;
  entry: GlossaryTerms;
}

/** Every forbidden rendering of the glossary, longest first (so the longest match is the one reported). */
function avoidRules(glossary: GlossaryTerms[]): AvoidRule[] {
  return glossary
    .flatMap((entry) => (entry.data.es?.avoid ?? []).map((phrase) => ({ phrase, folded: foldPhrase(phrase), entry })))
    .sort((a, b) => b.folded.length - a.folded.length);
}

/** Every Spanish rendering the glossary approves, folded. */
function approvedPhrases(glossary: GlossaryTerms[]): string[] {
  const all = glossary.flatMap((e) => (e.data.es ? [e.data.es.term, e.data.es.short ?? '', ...(e.data.es.aliases ?? [])] : []));
  return [...new Set(all.map(foldPhrase).filter((p) => p.length > 0))];
}

/** The glossary must not forbid what it approves, nor forbid one rendering twice. */
export function checkAvoidLists(glossary: GlossaryTerms[]): TermIssue[] {
  const issues: TermIssue[] = [];
  const approvedBy = new Map<string, string>();
  for (const e of glossary) {
    for (const p of e.data.es ? [e.data.es.term, e.data.es.short ?? '', ...(e.data.es.aliases ?? [])] : []) {
      if (p.trim()) approvedBy.set(foldPhrase(p), e.id);
    }
  }
  const forbiddenBy = new Map<string, string>();
  for (const e of glossary) {
    (e.data.es?.avoid ?? []).forEach((phrase, i) => {
      const f = foldPhrase(phrase);
      const field = `${e.id}.es.avoid[${i}]`;
      if (approvedBy.has(f)) {
        issues.push({
          file: e.filePath,
          field,
          message: `"${phrase}" is forbidden here but approved as a Spanish term or alias of the entry ${approvedBy.get(f)}`,
        });
      }
      if (forbiddenBy.has(f)) issues.push({ file: e.filePath, field, message: `"${phrase}" is already forbidden by the entry ${forbiddenBy.get(f)}` });
      else forbiddenBy.set(f, e.id);
    });
  }
  return issues;
}

/** Every forbidden rendering in the segments, in order of file, line. */
export function findForbidden(glossary: GlossaryTerms[], segments: TextSegment[]): ForbiddenFinding[] {
  const rules = avoidRules(glossary);
  if (rules.length === 0) return [];
  const approved = approvedPhrases(glossary);
  const findings: ForbiddenFinding[] = [];
  for (const seg of segments) {
    const { text, at } = fold(seg.text);
    // Quick exit: most segments hold none of the phrases.
    const candidates = rules.filter((r) => text.includes(r.folded));
    if (candidates.length === 0) continue;
    const allowed: [number, number][] = [];
    for (const p of approved) for (const s of occurrences(text, p)) allowed.push([s, s + p.length]);
    const taken: [number, number][] = [];
    const overlaps = (spans: [number, number][], s: number, e: number, inside: boolean) => spans.some(([a, b]) => (inside ? a <= s && e <= b : s < b && a < e));
    for (const rule of candidates) {
      for (const s of occurrences(text, rule.folded)) {
        const e = s + rule.folded.length;
        if (overlaps(allowed, s, e, true) || overlaps(taken, s, e, false)) continue;
        taken.push([s, e]);
        const from = at[s];
        const to = at[e - 1] + 1;
        const before = seg.text.slice(0, from);
        const line = seg.line + (before.match(/\n/g)?.length ?? 0);
        const column = from - before.lastIndexOf('\n');
        const es = rule.entry.data.es!;
        findings.push({
          file: seg.file,
          line,
          column,
          field: seg.field,
          found: seg.text.slice(from, to).replace(/\s+/g, ' '),
          avoid: rule.phrase,
          entry: rule.entry.id,
          write: es.term,
          english: rule.entry.data.term,
          ...(es.short ? { short: es.short } : {}),
        });
      }
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The sentence a writer reads: what was found, which entry forbids it, what to write. */
export function describe(f: ForbiddenFinding): string {
  const then = f.short && f.short.toLowerCase() !== f.write.toLowerCase() ? `, then "${f.short}"` : '';
  const as = f.found.toLowerCase() === f.avoid.toLowerCase() ? '' : ` (forbidden as "${f.avoid}")`;
  return `"${f.found}"${as}: the glossary entry ${f.entry} says to write "${f.write}" ("${f.english}") on first mention${then}`;
}

/** Findings as build issues: `file → line N, field: message`. */
export function forbiddenIssues(findings: ForbiddenFinding[]): TermIssue[] {
  return findings.map((f) => ({ file: f.file, field: `line ${f.line}, ${f.field}`, message: describe(f) }));
}

// ---------------------------------------------------------------------------
// Cutting files into segments

/** Keys whose values are never Spanish prose (ids, hashes, dates, citations), and the glossary's own `avoid` lists. */
const NOT_TEXT = new Set(['id', 'at', 'rule', 'parent', 'englishVersion', 'reviewed', 'lastReviewed', 'avoid', 'date', 'asOf', 'source', 'sources']);

const KEY = /^(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_][\w.-]*))\s*:(?:\s+(.*))?$/;

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/**
 * The text fields of a YAML file (or of frontmatter), one segment per field,
 * named by a dotted path ("immigration-detainer.es.definition"); a list item is
 * named by its `id` or `at`. With `only`, keeps only fields under a key of that
 * name (e.g. "es"). Line-based, for the block style this project writes: keys,
 * lists, folded and quoted scalars over several lines, one-line flow maps.
 */
export function yamlSegments(file: string, source: string, options: { only?: string; firstLine?: number } = {}): TextSegment[] {
  const firstLine = options.firstLine ?? 1;
  type Frame = { indent: number; name: string; item: boolean };
  const stack: Frame[] = [];
  const segments: TextSegment[] = [];
  let open: { indent: number; segment?: TextSegment } | undefined;
  const close = () => {
    if (open?.segment && open.segment.text.trim()) segments.push(open.segment);
    open = undefined;
  };
  const names = () => stack.map((f) => f.name).filter((n) => n !== '');
  const wanted = (path: string[]) => options.only === undefined || path.includes(options.only);
  const scalar = (indent: number, path: string[], key: string | undefined, value: string, line: number) => {
    const text = wanted(path) && (key === undefined || !NOT_TEXT.has(key));
    open = { indent, segment: text ? { file, field: path.join('.'), line, text: /^[>|][-+]?\d*$/.test(value) ? '' : value } : undefined };
  };
  const keyLine = (col: number, rest: string, line: number): boolean => {
    const m = KEY.exec(rest);
    if (!m) return false;
    const key = m[1] ?? m[2] ?? m[3];
    const value = (m[4] ?? '').trim();
    const top = stack[stack.length - 1];
    if (top?.item && top.name === '' && (key === 'id' || key === 'at') && value) top.name = unquote(value);
    if (value === '') stack.push({ indent: col, name: key, item: false });
    else scalar(col, [...names(), key], key, value, line);
    return true;
  };
  source.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    const indent = raw.length - raw.trimStart().length;
    if (raw.trim() === '') {
      if (open?.segment) open.segment.text += '\n';
      return;
    }
    if (open && indent > open.indent) {
      if (open.segment) open.segment.text += '\n' + raw;
      return;
    }
    close();
    const body = raw.trimStart();
    if (body.startsWith('#')) return;
    const dash = /^-(\s+|$)(.*)$/.exec(body);
    if (dash) {
      while (stack.length && (stack[stack.length - 1].indent > indent || (stack[stack.length - 1].indent === indent && stack[stack.length - 1].item)))
        stack.pop();
      stack.push({ indent, name: '', item: true });
      const rest = dash[2];
      const col = indent + 1 + dash[1].length;
      if (rest === '' || keyLine(col, rest, line)) return;
      // A plain list item ("- text"): a value of the enclosing key.
      scalar(indent, names(), undefined, rest, line);
      return;
    }
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    keyLine(indent, body, line);
  });
  close();
  return segments;
}

/** An MDX file: its frontmatter fields (as YAML) and its body, with the body's real line numbers. */
export function mdxSegments(file: string, source: string): TextSegment[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return [{ file, field: 'body', line: 1, text: source }];
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  return [
    ...yamlSegments(file, m[1], { firstLine: 2 }).map((s) => ({ ...s, field: `frontmatter ${s.field}` })),
    { file, field: 'body', line: bodyLine, text: source.slice(m[0].length) },
  ];
}

/**
 * A language file (src/i18n/languages/<code>.ts): each line of its `strings`
 * object, named by its key. Search words (`search`) are left out: they list
 * what readers type, wrong words included, so that search finds the right page.
 */
export function languageFileSegments(file: string, source: string): TextSegment[] {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => /^\s*strings\s*:\s*\{\s*$/.test(l));
  if (start === -1) return [];
  const indent = lines[start].length - lines[start].trimStart().length;
  const segments: TextSegment[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim().startsWith('}') && l.length - l.trimStart().length <= indent) break;
    const key = /^\s*['"]([^'"]+)['"]\s*:/.exec(l)?.[1];
    segments.push({ file, field: key ? `strings.${key}` : 'strings', line: i + 1, text: l });
  }
  return segments;
}
