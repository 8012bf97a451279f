/**
 * Whether a translation still matches its English page. Each translated file
 * records `englishVersion`, the fingerprint of the English page's words when it
 * was translated; the build computes the fingerprint again, and a difference
 * means the English changed since: the page says so, and the build lists it.
 * A translation also records `reviewed` (who, when) once a qualified translator
 * has checked it; until then the page says it has not been reviewed.
 */
import { createHash } from 'node:crypto';

/** The words of an English page that a translation carries (never its facts), as a stable fingerprint. */
export function fingerprint(words: unknown): string {
  return createHash('sha256').update(JSON.stringify(words)).digest('hex').slice(0, 12);
}

/** The translatable words of an English rule: what content/<lang>/rules/<id>.mdx translates. */
export function ruleWords(
  data: {
    title: string;
    shortTitle: string;
    appliesTo: string;
    summary: string;
    status: { note?: string };
    history: { summary: string }[];
    provisions: { heading: string }[];
  },
  body: string,
) {
  return {
    title: data.title,
    shortTitle: data.shortTitle,
    appliesTo: data.appliesTo,
    summary: data.summary,
    note: data.status.note ?? null,
    history: data.history.map((h) => h.summary),
    provisions: data.provisions.map((p) => p.heading),
    body: body.trim(),
  };
}

/** The translatable words of a page, guide or card: its title, its short texts and its body. */
export function pageWords(data: Record<string, unknown>, fields: readonly string[], body: string) {
  return { ...Object.fromEntries(fields.map((f) => [f, data[f] ?? null])), body: body.trim() };
}

export interface TranslationState {
  /** The translated file. */
  file: string;
  /** The English file it translates. */
  english: string;
  lang: string;
  /** The fingerprint of the English words now. */
  expected: string;
  /** What the translation recorded; undefined when it recorded none. */
  recorded?: string;
  /** true: made from the current English; false: the English changed since; undefined: not recorded. */
  current: boolean | undefined;
  /** A qualified translator's review, once recorded. */
  reviewed?: { by: string; date: string };
}

export function translationState(args: Omit<TranslationState, 'current'>): TranslationState {
  return { ...args, current: args.recorded === undefined ? undefined : args.recorded === args.expected };
}
