/**
 * Languages are data: a new language is one interface-text file
 * (src/i18n/languages/<code>.ts) and one content folder (content/<code>/), with
 * no route file and no code. Proven by building a copy of the project with a
 * made-up language, "xx": the English strings marked ⟦xx⟧, written right to
 * left, with "core" coverage, over the fixture site; its content folder is the
 * fixture's core-language folder (tests/fixtures/core-language/). The same
 * build is the fixture site's control: unchanged, it builds cleanly.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LANG, FULL_LANGS, LANGS, language } from '../../src/i18n/index.ts';
import { FIXTURE_CORE_LANGUAGE, buildProjectCopy, type FixtureBuild } from '../helpers/fixture-build.ts';

/** The language file, as a translator would add it (here: English words with a marker, so the test sees whose words are printed). */
const LANGUAGE_FILE = `/** A made-up language for tests/content/third-language.test.ts: English words marked ⟦xx⟧, written right to left. */
import type { LanguageFile } from '../language.ts';
import en from './en.ts';

export default {
  meta: { code: 'xx', name: 'Xx-fixture', englishName: 'Fixture', tag: 'ar-XB', dir: 'rtl', coverage: 'core', order: 99 },
  strings: Object.fromEntries(Object.entries(en.strings).map(([key, text]) => [key, \`⟦xx⟧ \${text}\`])) as LanguageFile['strings'],
  search: { stop: [], synonyms: [], samples: ['fixture', 'hotline'] },
} satisfies LanguageFile;
`;

let build: FixtureBuild & { root: string; dist: string };
const page = (path: string) => {
  const file = join(build.dist, path, path.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
};
/** The languages the language switch of a page offers. */
const offered = (path: string) => [...page(path).querySelectorAll('a.language-switch')].map((a) => a.getAttribute('hreflang')).sort();
const sorted = (list: readonly string[]) => [...list].sort();
/** The site's own languages other than English, and those that translate only the core pages. */
const others = LANGS.filter((l) => l !== DEFAULT_LANG);
const full = FULL_LANGS.filter((l) => l !== DEFAULT_LANG);

beforeAll(() => {
  build = buildProjectCopy('third-language', { 'src/i18n/languages/xx.ts': LANGUAGE_FILE }, (content) => {
    cpSync(FIXTURE_CORE_LANGUAGE, join(content, 'xx'), { recursive: true });
  });
}, 600_000);

describe('a new language added as data (a language file and a content folder)', () => {
  it('builds', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
  });

  it('needs no route file and no code: the language file is the only change outside content/', () => {
    const tree = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
        .sort();
    const copy = tree(join(build.root, 'src'));
    expect(copy.filter((f) => !existsSync(join('src', f)))).toEqual(['i18n/languages/xx.ts']);
    expect(tree(join(build.root, 'src/pages'))).toEqual(tree('src/pages'));
    const changed = copy.filter((f) => existsSync(join('src', f)) && !readFileSync(join('src', f)).equals(readFileSync(join(build.root, 'src', f))));
    expect(changed).toEqual([]);
  });

  it('has its pages under /xx/: the core pages, the core guide, the card, search and its 404', () => {
    for (const path of ['xx/', 'xx/rights/', 'xx/help/', 'xx/offline/', 'xx/guides/', 'xx/guides/ice-at-my-door/', 'xx/card/', 'xx/search/', 'xx/404.html']) {
      expect(existsSync(join(build.dist, path, path.endsWith('.html') ? '' : 'index.html')), path).toBe(true);
    }
  });

  it('has no page it does not translate: rules, other guides, the full languages\' pages', () => {
    for (const path of ['xx/rules/', 'xx/rules/il-trust-act/', 'xx/about/', 'xx/guides/traffic-stop/', 'xx/crosswalk/', 'xx/glossary/']) {
      expect(existsSync(join(build.dist, path)), path).toBe(false);
    }
  });

  it('marks every page with its language and direction: right to left under /xx/, each other language as its file says', () => {
    const pages = readdirSync(build.dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`));
    const folders = new Map([...others.map((l): [string, string] => [l, `${l} ${language(l).dir}`]), ['xx', 'xx rtl']]);
    const wrong = new Map<string, string[]>();
    for (const f of pages) {
      const html = parseHTML(readFileSync(join(build.dist, f), 'utf8')).document.documentElement;
      const mark = `${html.getAttribute('lang')} ${html.getAttribute('dir')}`;
      const expected = folders.get(f.split(sep)[0]) ?? `${DEFAULT_LANG} ltr`;
      if (mark !== expected) wrong.set(mark, [...(wrong.get(mark) ?? []), f]);
    }
    expect(Object.fromEntries(wrong)).toEqual({});
    expect(pages.filter((f) => f.startsWith(`xx${sep}`)).length).toBeGreaterThanOrEqual(9);
  });

  it('prints its own interface text, from its language file, and its own words, from its content folder', () => {
    const nav = page('xx/').querySelector('nav[aria-label]');
    expect(nav?.getAttribute('aria-label')).toMatch(/^⟦xx⟧ /);
    expect(page('xx/rights/').querySelector('main h1')?.textContent).toBe('Know your rights (core language)');
  });

  it('is offered by the language switch only on the pages it has', () => {
    expect(offered('')).toEqual(sorted([...others, 'xx']));
    expect(offered('guides/ice-at-my-door/')).toEqual(sorted([...others, 'xx']));
    expect(offered('card/')).toEqual(sorted([...others, 'xx']));
    expect(offered('xx/')).toEqual(sorted(LANGS));
    expect(offered('rules/il-trust-act/')).toEqual(sorted(full));
    expect(offered('about/')).toEqual(sorted(full));
    expect(offered('guides/traffic-stop/')).toEqual(sorted(full));
  });

  it('names itself in the switch in its own direction', () => {
    const link = page('').querySelector('a.language-switch[hreflang="xx"]');
    expect([link?.getAttribute('lang'), link?.getAttribute('dir'), link?.textContent]).toEqual(['xx', 'rtl', 'Xx-fixture']);
  });

  it('is listed as an alternate only where the page exists in it', () => {
    const alternates = (path: string) => [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
    expect(alternates('')).toContain('xx');
    expect(alternates('rules/il-trust-act/')).not.toContain('xx');
  });

  it('gets its own search index and its own offline copy, of its own pages only', () => {
    const entry = JSON.parse(readFileSync(join(build.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toContain('xx');
    const { files } = JSON.parse(readFileSync(join(build.dist, 'offline-xx.json'), 'utf8')) as { files: string[] };
    const pages = files.filter((f) => f.endsWith('/'));
    expect(pages).toContain('xx/guides/ice-at-my-door/');
    expect(pages.filter((p) => !p.startsWith('xx/'))).toEqual([]);
  });
});
