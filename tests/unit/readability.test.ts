import { describe, expect, it } from 'vitest';
import { countText, englishGrade, sentenceCount, spanishEase, withoutQuotes, wordsOf } from '../../src/lib/readability.ts';

describe('wordsOf', () => {
  it('counts words with inner apostrophes and hyphens once, and skips bare numbers', () => {
    expect(wordsOf("ICE's I-200 form, signed on 2021-08-02 by a judge-like officer")).toEqual([
      "ICE's",
      'I-200',
      'form',
      'signed',
      'on',
      'by',
      'a',
      'judge-like',
      'officer',
    ]);
  });
});

describe('sentenceCount', () => {
  it('counts sentence ends, and a list item without a full stop as one sentence', () => {
    expect(sentenceCount('You can stay silent. You do not have to answer!')).toBe(2);
    expect(sentenceCount('ask about your status or place of birth')).toBe(1);
    expect(sentenceCount('Police may not do this. Or this')).toBe(2);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(sentenceCount('Federal agents, e.g. ICE, follow U.S. law.')).toBe(1);
    expect(sentenceCount('It is 8 U.S.C. 1373, passed in Sept. 1996 as P.A. 1 by Congress.')).toBe(1);
    expect(sentenceCount('La ley de EE. UU. no cambia. Sigue igual.')).toBe(2);
  });
});

describe('englishGrade', () => {
  it('rates short plain sentences low and long Latinate ones high', () => {
    const plain = englishGrade(['You can stay silent.', 'Do not open the door.', 'Ask for a lawyer.']).grade;
    const dense = englishGrade([
      'Notwithstanding any contrary provision, law enforcement agencies shall not facilitate the detention of individuals pursuant to administrative immigration documentation unaccompanied by judicial authorization.',
    ]).grade;
    expect(plain).toBeLessThan(3);
    expect(dense).toBeGreaterThan(16);
  });

  it('uses the counts it reports', () => {
    const { counts } = englishGrade(['The cat sat. The dog ran.']);
    expect(counts).toEqual({ sentences: 2, words: 6, syllables: 6 });
  });

  it('refuses to measure nothing', () => {
    expect(() => englishGrade(['2021', ''])).toThrow(/no words/);
  });
});

describe('spanishEase', () => {
  it('rates plain Spanish as easier than dense Spanish', () => {
    const plain = spanishEase(['Puede quedarse callado.', 'No abra la puerta.', 'Pida un abogado.']).ease;
    const dense = spanishEase([
      'Las autoridades competentes no facilitarán la detención administrativa de individuos conforme a documentación migratoria desprovista de autorización judicial correspondiente.',
    ]).ease;
    expect(plain).toBeGreaterThan(80);
    expect(dense).toBeLessThan(40);
  });

  it('counts Spanish syllables from hyphenation', () => {
    expect(countText(['nacimiento migratorio'], (w) => w.length).words).toBe(2);
    expect(spanishEase(['nacimiento']).counts.syllables).toBe(4);
  });
});

describe('withoutQuotes', () => {
  it('drops quoted terms, straight or curly', () => {
    expect(withoutQuotes('an "administrative warrant" or a “civil immigration warrant” here')).toBe('an   or a   here');
  });
});
