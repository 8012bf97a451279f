/**
 * Phase 1 of the content checks, one file at a time: every file of a content
 * folder through its collection's real schema (from src/content.config.ts) and
 * the real YAML loaders, as Astro runs them at content sync, on copies of the
 * fixture site with one mistake each. The build's own wiring of these checks is
 * proven once, by an `astro sync` in tests/content/bad-content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/index.ts';
import { ONE_FILE } from '../helpers/content-mutations.ts';
import { fixtureSiteCopy, loadContent } from '../helpers/content-fixture.ts';

describe('the fixture site', () => {
  it('passes every schema, and loads every file of every language', async () => {
    const { collections, issues } = await loadContent(fixtureSiteCopy());
    expect(issues).toEqual([]);
    const core = LANGS.length - 2; // every language but English and Spanish
    expect(Object.fromEntries(Object.entries(collections).map(([name, entries]) => [name, entries.length]))).toEqual({
      rules: 6,
      ruleTranslations: 6,
      sources: 4,
      contacts: 2,
      contactTranslations: 2 * (LANGS.length - 1),
      glossary: 1,
      crosswalk: 1,
      pages: 5,
      pageTranslations: 5 + 4 * core,
      guides: 2,
      guideTranslations: 2 + core,
      card: 1,
      cardTranslations: LANGS.length - 1,
    });
  });

  it('gives entries the ids Astro gives them', async () => {
    const { collections } = await loadContent(fixtureSiteCopy());
    const other = LANGS.find((l) => l !== DEFAULT_LANG && l !== 'es')!;
    expect(collections.rules.map((e) => e.id)).toContain('il-trust-act');
    expect(collections.ruleTranslations.map((e) => e.id)).toContain('es/rules/il-trust-act');
    expect(collections.pages.map((e) => e.id)).toContain('home');
    expect(collections.pageTranslations.map((e) => e.id)).toEqual(expect.arrayContaining(['es/pages/home', `${other}/pages/home`]));
    expect(collections.contactTranslations.map((e) => e.id)).toEqual(expect.arrayContaining(['es/legal-aid', `${other}/legal-aid`]));
    expect(collections.card.map((e) => e.id)).toEqual(['card']);
    expect(collections.cardTranslations.map((e) => e.id)).toContain('es/card');
    expect(collections.rules[0].filePath).toMatch(/^tests\/\.tmp\/content-fixtures\/[\d-]+\/rules\/[a-z0-9-]+\.mdx$/);
  });
});

describe.each(ONE_FILE)('a content folder with $name', ({ mutate, expect: patterns }) => {
  it('is refused, naming the file, the field and what is wrong', async () => {
    const dir = fixtureSiteCopy();
    mutate(dir);
    const { issues } = await loadContent(dir);
    expect(issues.length, 'the mistake went unnoticed').toBeGreaterThan(0);
    for (const pattern of patterns) expect(issues.join('\n')).toMatch(pattern);
  });
});
