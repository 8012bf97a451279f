/**
 * Reading level of plain-language text, measured with maintained libraries:
 * English grade with the Flesch–Kincaid formula (`flesch-kincaid`, syllables
 * from `syllable`); Spanish reading ease with the Fernández Huerta formula,
 * syllables taken from Spanish hyphenation patterns (`hyphen`), which split a
 * word at its syllables except a single letter at either end, so the Spanish
 * figure reads slightly easier than a hand count would.
 *
 * Text comes in blocks (a paragraph or a list item); a block that does not
 * end a sentence still counts as one sentence, as a reader takes it.
 */
import { fleschKincaid } from 'flesch-kincaid';
import hyphenEs from 'hyphen/es/index.js';
import { syllable } from 'syllable';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** A word: letters (digits allowed inside), with inner apostrophes or hyphens. Bare numbers are not words here. */
const WORD = /\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;
/** Abbreviations whose full stop does not end a sentence (English and Spanish, as they appear on this site). */
const ABBREVIATIONS = [
  'e\\.g',
  'i\\.e',
  'U\\.S',
  'U\\.S\\.C',
  'C\\.F\\.R',
  'EE',
  'EE\\. UU',
  'P\\.A',
  'Ill',
  'Comp',
  'Stat',
  'Cir',
  'Supp',
  'Ord',
  'St',
  'Mr',
  'Ms',
  'Dr',
  'Sr',
  'Sra',
  'No',
  'Núm',
  'núm',
  'Sec',
  'Art',
  'art',
  'Ave',
  'vs',
  'etc',
  'Inc',
  'Gov',
  'Rep',
  'Sen',
  'Jan',
  'Feb',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
/** Sentence ends: . ! ? followed by a space or the end, not after an abbreviation. */
const SENTENCE_END = new RegExp(`(?<!\\b(?:${ABBREVIATIONS.join('|')}))[.!?]+(?=\\s|$)`, 'g');

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function sentenceCount(block: string): number {
  const trimmed = block.trim();
  if (wordsOf(trimmed).length === 0) return 0;
  const ends = trimmed.match(SENTENCE_END)?.length ?? 0;
  return /[.!?]["”’)]*$/.test(trimmed) ? Math.max(ends, 1) : ends + 1;
}

export function countText(blocks: string[], syllables: (word: string) => number): TextCounts {
  let sentences = 0;
  let words = 0;
  let syll = 0;
  for (const block of blocks) {
    const w = wordsOf(block);
    if (w.length === 0) continue;
    sentences += sentenceCount(block);
    words += w.length;
    for (const word of w) syll += Math.max(1, syllables(word));
  }
  return { sentences, words, syllables: syll };
}

const spanishSyllables = (word: string): number => hyphenEs.hyphenateSync(word.toLowerCase(), { hyphenChar: '-', minWordLength: 2 }).split('-').length;

/** US school grade (Flesch–Kincaid) of English text. */
export function englishGrade(blocks: string[]): { grade: number; counts: TextCounts } {
  const counts = countText(blocks, syllable);
  if (counts.words === 0) throw new Error('no words to measure');
  return { grade: fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables }), counts };
}

/**
 * Fernández Huerta reading ease of Spanish text, in its corrected form
 * (206.84 − 60 × syllables per word − 1.02 × words per sentence): 0–100,
 * higher is easier; 60–70 reads as "normal", 70–80 "fairly easy", like the
 * Flesch scale it adapts.
 */
export function spanishEase(blocks: string[]): { ease: number; counts: TextCounts } {
  const counts = countText(blocks, spanishSyllables);
  if (counts.words === 0) throw new Error('no words to measure');
  const ease = 206.84 - 60 * (counts.syllables / counts.words) - 1.02 * (counts.words / counts.sentences);
  return { ease, counts };
}

/** Takes out what is not our prose: text in quotation marks (defined terms, official names). */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, ' ');
}

/** What a page shows that is not our prose: citations, contact boxes, verification notes, headings, tables. */
export const NOT_PROSE = '.cite, .contact, .flag-note, .provision-meta, h1, h2, h3, h4, [data-pagefind-ignore], .table-scroll';

/** The prose inside a page element, as blocks: each paragraph or list item without nested blocks, quotes removed. */
export function proseBlocks(root: Element): string[] {
  const copy = root.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(NOT_PROSE)) el.remove();
  const blocks = [...copy.querySelectorAll('p, li')].filter((el) => el.querySelector('p, li') === null);
  const all = blocks.length > 0 || !copy.textContent?.trim() ? blocks : [copy];
  return all
    .map((el) =>
      withoutQuotes(el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** The measured texts of a built page: a rule's summary, or a guide's short answer and body. */
export function pageTexts(doc: Document): { kind: 'rule summary' | 'guide'; blocks: string[] } | undefined {
  const summary = doc.querySelector('.rule-summary');
  const answer = doc.querySelector('.guide-answer');
  const body = doc.querySelector('.guide-body');
  if (summary) return { kind: 'rule summary', blocks: proseBlocks(summary) };
  if (answer && body) return { kind: 'guide', blocks: [...proseBlocks(answer), ...proseBlocks(body)] };
  return undefined;
}
