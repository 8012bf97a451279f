/**
 * Real Astro runs over the minimal fixture site (tests/fixtures/site/), in
 * scratch folders, without touching the real build: a few broken on purpose
 * to prove the wiring of the content checks (tests/content/bad-content.test.ts),
 * one with a third language (tests/content/third-language.test.ts).
 * Each is a whole `astro build` (or `astro sync`): keep them few, and test
 * each check itself at the unit level (tests/unit/site-checks.test.ts,
 * tests/unit/content-schemas.test.ts).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_LANG, LANGS, language } from '../../src/i18n/index.ts';
import { astroBuild, astroSync, type AstroRun } from './child-env.ts';

export type FixtureBuild = AstroRun;

export type Mutation = (contentDir: string) => void;

const SCRATCH = resolve('tests/.tmp/fixture-builds');
/** English and Spanish (the full languages), every registry. */
export const FIXTURE_SITE = 'tests/fixtures/site';
/** What a core language must have (its core pages and guides, the card, the contacts' words), copied for each. */
export const FIXTURE_CORE_LANGUAGE = 'tests/fixtures/core-language';

/**
 * Copies the fixture site into `dest`, and gives every core language of the site that has no folder of its
 * own there the core-language template (so that adding a language needs no fixture change). A full language
 * needs its own folder in the fixture site: every rule, page and guide.
 */
export function copyFixtureSite(dest: string): void {
  cpSync(FIXTURE_SITE, dest, { recursive: true });
  for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG && !existsSync(join(FIXTURE_SITE, l)))) {
    if (language(lang).coverage !== 'core') throw new Error(`${FIXTURE_SITE}/${lang}/ is missing: a full language needs its own fixture folder`);
    cpSync(FIXTURE_CORE_LANGUAGE, join(dest, lang), { recursive: true });
  }
}

/** A fresh scratch folder with a copy of the fixture site in content/, changed by `mutate`. */
function prepare(name: string, mutate: Mutation): { root: string; content: string } {
  const root = join(SCRATCH, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const content = join(root, 'content');
  copyFixtureSite(content);
  mutate(content);
  return { root, content };
}

const settings = (root: string, content: string) => ({ SITE_CONTENT_DIR: content, SITE_OUT_DIR: join(root, 'dist'), SITE_CACHE_DIR: join(root, 'cache') });

/** `astro build` of the fixture site changed by `mutate`. */
export function buildWithContent(name: string, mutate: Mutation): FixtureBuild {
  const { root, content } = prepare(name, mutate);
  return astroBuild(settings(root, content), { name: `fixture: ${name}` });
}

/** `astro sync` (content collections and schemas only, no pages) of the fixture site changed by `mutate`. */
export function syncWithContent(name: string, mutate: Mutation): FixtureBuild {
  const { root, content } = prepare(name, mutate);
  return astroSync(settings(root, content));
}

/** What a copy of the project needs to build (no tests, no dist, no .git); node_modules is linked, not copied. */
const PROJECT_FILES = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * node_modules for a copy of the project: a folder of links to every installed package, but the copy's own caches
 * (Astro keeps its data store in node_modules/.astro, Vite in node_modules/.vite), so that a build of the copy
 * never touches the project's.
 */
function linkPackages(dir: string): void {
  mkdirSync(dir);
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(resolve('node_modules', name), join(dir, name));
  }
}

/**
 * A copy of the project in a scratch folder, with `files` added (paths relative to the copy, e.g.
 * "src/i18n/languages/xx.ts") and the fixture site as its content, changed by `mutate`; then `astro build` there.
 * For what must work without any change to the project's code: a new language is a file and a folder.
 */
export function buildProjectCopy(name: string, files: Record<string, string>, mutate: Mutation): FixtureBuild & { root: string; dist: string } {
  const root = join(SCRATCH, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of PROJECT_FILES) cpSync(f, join(root, f), { recursive: true });
  linkPackages(join(root, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  copyFixtureSite(join(root, 'content'));
  mutate(join(root, 'content'));
  const dist = join(root, 'dist');
  return { ...astroBuild({}, { cwd: root, name: `project copy: ${name}` }), root, dist };
}

/** Edits one file inside a content folder; fails if the edit changed nothing (the fixture moved on). */
export function editFile(contentDir: string, file: string, edit: (text: string) => string): void {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

export function addFile(contentDir: string, file: string, text: string): void {
  mkdirSync(dirname(join(contentDir, file)), { recursive: true });
  writeFileSync(join(contentDir, file), text);
}
