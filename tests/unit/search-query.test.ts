import { describe, expect, it } from 'vitest';
import { analyseQuery, fold, rankByIdeas, searchTerms, tokenize, type IdeaPages } from '../../src/lib/search-query.ts';
import { searchWords, type SearchWords } from '../../src/i18n/search-words.ts';
import { LANGS } from '../../src/i18n/index.ts';

const en = searchWords('en');
const es = searchWords('es');

const SEARCH_WORDS = Object.fromEntries(LANGS.map((l) => [l, searchWords(l)]));

describe('the search words of each language (src/i18n/languages/<code>.ts, search)', () => {
  it('has stop words and synonyms for every language of the site', () => {
    for (const lang of LANGS) {
      expect(SEARCH_WORDS[lang].stop.length, lang).toBeGreaterThan(0);
    }
  });

  it('puts no word in two synonym groups, and no stop word in a group', () => {
    for (const [lang, words] of Object.entries(SEARCH_WORDS)) {
      const seen = new Map<string, number>();
      const stop = new Set(words.stop.map(fold));
      words.synonyms.forEach((g, i) => {
        for (const w of [...g.words, ...(g.alsoFor ?? [])]) {
          const key = tokenize(w.replace(/\*$/, ''), lang)
            .map((t) => t.key)
            .join(' ');
          expect(seen.get(key) ?? i, `${lang}: "${w}" is in two groups`).toBe(i);
          expect(stop.has(key), `${lang}: "${w}" is a stop word`).toBe(false);
          seen.set(key, i);
        }
      });
    }
  });

  it('gives a language without lists none, rather than failing', () => {
    expect(searchWords('xx')).toMatchObject({ stop: [], synonyms: [] });
  });
});

describe('fold', () => {
  it('drops the marks people type or leave out, and keeps vowel signs that make another word', () => {
    expect(fold('Policía')).toBe('policia');
    expect(fold('I’m')).toBe('im');
    expect(fold('ज़मानत')).toBe(fold('जमानत'));
    expect(fold('माँ')).toBe(fold('मां'));
    expect(fold('مُحامي')).toBe(fold('محامي'));
    expect(fold('में')).not.toBe(fold('मैं'));
    expect(fold('कैसे')).not.toBe(fold('किसी'));
  });
});

describe('tokenize', () => {
  it('cuts a question into words, drops punctuation, folds case and accents', () => {
    expect(tokenize('¿La policía le puede entregar mi hermano a la migra?', 'es').map((t) => t.key)).toEqual([
      'la',
      'policia',
      'le',
      'puede',
      'entregar',
      'mi',
      'hermano',
      'a',
      'la',
      'migra',
    ]);
    expect(tokenize('CPD, will they…', 'en').map((t) => t.text)).toEqual(['CPD', 'will', 'they']);
  });

  it('drops an English clitic after an apostrophe', () => {
    expect(tokenize("ICE's agents don't", 'en').map((t) => t.key)).toEqual(['ice', 'agents', 'don']);
    expect(tokenize('I’m', 'en').map((t) => t.key)).toEqual(['i']);
  });

  it('cuts a language written without spaces into words', () => {
    const words = tokenize('警察可以问我的移民身份吗', 'zh');
    expect(words.length).toBeGreaterThan(3);
    expect(words.map((t) => t.text).join('')).toBe('警察可以问我的移民身份吗');
  });
});

describe('searchTerms', () => {
  it('drops small words from a multi-word query, in the page language', () => {
    expect(searchTerms('place of birth', 'en', en)).toBe('place birth');
    expect(searchTerms('orden de detención', 'es', es)).toBe('orden detención');
    expect(searchTerms('ICE en mi puerta', 'es', es)).toBe('ICE puerta');
    expect(searchTerms('¿Qué hago si ICE está en mi puerta?', 'es', es)).toBe('hago ICE puerta');
  });

  it('keeps a citation, and a query made only of small words, as typed', () => {
    expect(searchTerms('5 ILCS 805/15(a) of the Act', 'en', en)).toBe('5 ILCS 805/15(a) of the Act');
    expect(searchTerms('§ 2-173-020', 'en', en)).toBe('§ 2-173-020');
    expect(searchTerms('de la', 'es', es)).toBe('de la');
  });

  it('drops nothing in a language without lists', () => {
    expect(searchTerms('the police', 'xx', searchWords('xx'))).toBe('the police');
  });
});

describe('analyseQuery', () => {
  it('reads a question as its ideas, each synonym group once with all its words', () => {
    const ideas = analyseQuery('My brother was arrested by CPD, will they hand him to ICE?', 'en', en);
    expect(ideas.map((i) => i.text)).toEqual(['brother', 'arrested', 'CPD', 'hand', 'ICE']);
    expect(ideas.every((i) => i.synonyms)).toBe(true);
    // A narrower word ("brother", `alsoFor`) is searched as typed, and as its group.
    expect(ideas[0].searches).toEqual(['someone', 'family', 'brother']);
    expect(ideas[1].searches).toContain('arrest');
    expect(ideas[2].searches).toEqual(['CPD', 'Chicago police']);
    expect(ideas[2].other).toBe('Chicago police');
    expect(ideas[0].other).toBeUndefined(); // "someone" is not a synonym of "brother", only what it stands for here
    expect(ideas[4].searches).toContain('migra');
  });

  it('matches phrases before words, and searches a phrase without its stop words', () => {
    const ideas = analyseQuery('¿La policía de Chicago ayuda a la migra?', 'es', es);
    expect(ideas.map((i) => i.text)).toEqual(['policía de Chicago', 'ayuda', 'la migra']);
    expect(ideas[0].searches).toEqual(['CPD', 'policía Chicago']);
    expect(ideas[2].searches).toContain('ICE');
  });

  it('keeps other words as ideas of their own, without stop words or repeats', () => {
    const ideas = analyseQuery('place of birth, birth place', 'en', en);
    expect(ideas).toEqual([
      { text: 'place', searches: ['place'], synonyms: false },
      { text: 'birth', searches: ['birth'], synonyms: false },
    ]);
  });

  it('counts a word and its own beginning as no synonym ("warrant" for "warrant*")', () => {
    expect(analyseQuery('warrant', 'en', en)[0]).toMatchObject({ searches: ['warrant'], synonyms: false });
    expect(analyseQuery('order', 'en', en)[0]).toMatchObject({ searches: ['warrant', 'order'], synonyms: true });
    expect(analyseQuery('order', 'en', en)[0].other).toBeUndefined();
    expect(analyseQuery('arrested', 'en', en)[0].other).toBe('detained');
  });

  it('merges two words of one group into one idea', () => {
    const ideas = analyseQuery('share information', 'en', en);
    expect(ideas).toHaveLength(1);
    expect(ideas[0].text).toBe('share information');
  });

  it('matches a beginning ("arrest*") and folds accents both ways', () => {
    expect(analyseQuery('arresting', 'en', en)[0].synonyms).toBe(true);
    expect(analyseQuery('policia de chicago', 'es', es)[0].text).toBe('policia de chicago');
    expect(analyseQuery('POLICÍA DE CHICAGO', 'es', es)[0].synonyms).toBe(true);
  });

  it('has nothing to say about a query of stop words or markup', () => {
    expect(analyseQuery('the of and', 'en', en)).toEqual([]);
    expect(analyseQuery('<img src=x onerror=alert(1)>', 'en', en).map((i) => i.text)).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });

  it('works with lists written for another language shape', () => {
    const zh: SearchWords = { stop: ['的', '吗'], synonyms: [{ words: ['警察', '警方'] }], samples: ['警察', '律师'] };
    const ideas = analyseQuery('警察可以问我的移民身份吗', 'zh', zh);
    expect(ideas[0]).toMatchObject({ text: '警察', searches: ['警察', '警方'], synonyms: true });
    expect(ideas.map((i) => i.text)).not.toContain('的');
  });
});

describe('rankByIdeas', () => {
  const pages = (entries: [string, number, boolean?][]): IdeaPages => new Map(entries.map(([id, score, named]) => [id, { score, named: named ?? false }]));

  it('puts pages with more of the ideas first', () => {
    const order = rankByIdeas(
      [
        pages([
          ['a', 1],
          ['b', 1],
        ]),
        pages([
          ['a', 1],
          ['c', 1],
        ]),
      ],
      10,
    );
    expect(order[0]).toBe('a');
    expect(order.slice(1).sort()).toEqual(['b', 'c']);
  });

  it('counts a rare idea more than a common one', () => {
    const common = pages(Array.from({ length: 9 }, (_, i) => [`p${i}`, 1] as [string, number]));
    const rare = pages([['p8', 1]]);
    const commonToo = pages([
      ['p1', 1],
      ['p2', 1],
      ['p3', 1],
      ['p4', 1],
      ['p5', 1],
      ['p6', 1],
      ['p7', 1],
      ['p0', 1],
    ]);
    expect(rankByIdeas([common, rare, commonToo], 10)[0]).toBe('p8');
  });

  it('counts an idea in the page’s name more than in its text', () => {
    expect(
      rankByIdeas(
        [
          pages([
            ['guide', 1, true],
            ['rule', 5],
          ]),
        ],
        10,
      ),
    ).toEqual(['guide', 'rule']);
  });

  it('ignores an idea on no page', () => {
    expect(
      rankByIdeas(
        [
          pages([]),
          pages([
            ['a', 2],
            ['b', 1],
          ]),
        ],
        10,
      ),
    ).toEqual(['a', 'b']);
    expect(rankByIdeas([], 10)).toEqual([]);
  });
});
