/**
 * The search budget, measured as a reader's browser pays it: everything
 * Chromium downloads for a first search (Pagefind's loader and WebAssembly,
 * the index chunk holding the word, and the first five results' fragments)
 * is at most 150 kB as sent compressed, in each language. Each further word
 * that lives in another chunk of the index adds one chunk (about 30 kB):
 * chunks must stay under 40 kB (a language indexed in one chunk loads it once).
 * A second search costs far less.
 * `npm run bench` prints these figures for more queries.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { measureSearch } from '../helpers/search-bytes.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { searchWords } from '../../src/i18n/search-words.ts';

const browser = sharedSession();
const KB = 1024;

describe.each(LANGS.map((lang) => [lang, searchWords(lang).samples] as const))('searching in %s', (lang, queries) => {
  it('downloads at most 150 kB for a first one-word search, nothing before it, and less for the next', async () => {
    const { page, searches } = await measureSearch(browser(), DIST, [...queries], lang);
    const [first, second] = searches;
    expect(
      page.files.some((f) => f.includes('pagefind')),
      'the index loads only when a search starts',
    ).toBe(false);
    // The first five results' fragments (fewer only in a language with fewer pages than that).
    expect(first.files.filter((f) => f.endsWith('.pf_fragment')).length).toBeGreaterThanOrEqual(Math.min(5, first.results));
    expect(first.gzip).toBeLessThanOrEqual(150 * KB);
    expect(second.gzip).toBeLessThan(first.gzip / 2);
    console.log(
      `${lang}: search page ${(page.gzip / KB).toFixed(1)} kB; first search ${(first.gzip / KB).toFixed(1)} kB in ${first.requests} requests; second ${(second.gzip / KB).toFixed(1)} kB`,
    );
  });

  it('has index chunks under 40 kB each, so every extra word costs at most that (or one chunk, loaded once)', () => {
    const dir = join(DIST, 'pagefind', 'index');
    const chunks = readdirSync(dir).filter((f) => f.startsWith(`${lang}_`));
    expect(chunks.length).toBeGreaterThan(0);
    // A small language's whole index can be a single chunk (Korean, whose particles make many word forms): the
    // first search loads it, within the 150 kB above, and no later word costs anything more.
    if (chunks.length === 1) expect(statSync(join(dir, chunks[0])).size, chunks[0]).toBeLessThan(60 * KB);
    else for (const c of chunks) expect(statSync(join(dir, c)).size, c).toBeLessThan(40 * KB);
  });
});
