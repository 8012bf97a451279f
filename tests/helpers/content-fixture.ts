/**
 * A content folder parsed the way Astro loads it, without Astro: the entries
 * getCollection() would return, for unit tests of the schemas, the YAML loaders
 * and checkSite() (Starlight's mockDoc idea, over whole fixture folders).
 *
 *   - each collection's schema is the real one, taken from src/content.config.ts;
 *   - YAML folders go through the real loaders (src/loaders/yaml-list.ts) with a
 *     fake loader context;
 *   - MDX frontmatter is read with js-yaml's default schema, as Astro reads it
 *     (an unquoted date becomes a Date, which the schema must refuse).
 *
 * Where Astro stops at the first invalid file, this collects every problem as
 * "<file> → <field>: <message>" and leaves the invalid entries out.
 * The file patterns mirror the glob() loaders in src/content.config.ts: keep
 * the two in step.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { collections as config } from '../../src/content.config.ts';
import type { SiteCollections, SiteEntry } from '../../src/data/check-site.ts';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/index.ts';
import { yamlList, yamlTranslations } from '../../src/loaders/yaml-list.ts';
import { copyFixtureSite } from './fixture-build.ts';

const SCRATCH = resolve('tests/.tmp/content-fixtures');
let copies = 0;

/**
 * A fresh copy of the fixture site (every language filled in: see copyFixtureSite) in a scratch folder, to
 * read or to break on purpose; returns its path (relative, as messages print it).
 */
export function fixtureSiteCopy(): string {
  const dir = join(SCRATCH, `${process.pid}-${++copies}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  copyFixtureSite(dir);
  return relative(process.cwd(), dir);
}

export interface LoadedContent {
  collections: SiteCollections;
  /** Every schema or loader problem, "<file> → <field>: <message>" (empty when every file is valid). */
  issues: string[];
}

type Name = keyof SiteCollections;
const schemaOf = (name: Name) => (config[name] as unknown as { schema: z.ZodType }).schema;

/** "provisions.4.at" → "provisions.4.at"; no path (an unknown key at the top) → "(file)". */
const field = (path: PropertyKey[]) => (path.length === 0 ? '(file)' : path.map(String).join('.'));

const others = () => LANGS.filter((l) => l !== DEFAULT_LANG);

/** The MDX files of each glob() collection, as [file, collection id] pairs (ids as Astro gives them). */
function mdxFiles(dir: string, name: Name): [string, string][] {
  const list = (folder: string, idPrefix: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((f) => f.endsWith('.mdx'))
          .sort()
          .map((f): [string, string] => [join(dir, folder, f), `${idPrefix}${basename(f, '.mdx')}`])
      : [];
  const one = (file: string, id: string): [string, string][] => (existsSync(join(dir, file)) ? [[join(dir, file), id]] : []);
  switch (name) {
    case 'rules':
    case 'guides':
    case 'pages':
      return list(name, '');
    case 'ruleTranslations':
    case 'guideTranslations':
    case 'pageTranslations': {
      const folder = { ruleTranslations: 'rules', guideTranslations: 'guides', pageTranslations: 'pages' }[name];
      return others().flatMap((l) => list(`${l}/${folder}`, `${l}/${folder}/`));
    }
    case 'card':
      return one('card.mdx', 'card');
    case 'cardTranslations':
      return others().flatMap((l) => one(`${l}/card.mdx`, `${l}/card`));
    default:
      throw new Error(`${name} is not an MDX collection`);
  }
}

/** Frontmatter and body of an MDX file, split as Astro does. */
export function splitMdx(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  return { frontmatter: yaml.load(match[1]) ?? {}, body: text.slice(match[0].length) };
}

function loadMdx(dir: string, name: Name, issues: string[]): SiteEntry<unknown>[] {
  const schema = schemaOf(name);
  return mdxFiles(dir, name).flatMap(([file, id]) => {
    const filePath = relative(process.cwd(), file);
    const { frontmatter, body } = splitMdx(readFileSync(file, 'utf8'));
    const result = schema.safeParse(frontmatter);
    if (!result.success) {
      issues.push(...result.error.issues.map((i) => `${filePath} → ${field(i.path)}: ${i.message}`));
      return [];
    }
    return [{ id, filePath, body, data: result.data }];
  });
}

const INVALID = Symbol('invalid entry');

/** Runs a real YAML loader with a fake loader context; every schema problem is collected. */
export async function runLoader(loader: Loader, schema: z.ZodType, where: string): Promise<{ entries: SiteEntry<unknown>[]; issues: string[] }> {
  const entries: SiteEntry<unknown>[] = [];
  const issues: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    store: {
      clear: () => entries.splice(0),
      set: (entry: SiteEntry<unknown>) => {
        if (entry.data !== INVALID) entries.push(entry);
        return true;
      },
    },
    parseData: async ({ id, data, filePath }: { id: string; data: Record<string, unknown>; filePath?: string }) => {
      const result = schema.safeParse(data);
      if (result.success) return result.data;
      const shown = filePath ? relative(process.cwd(), filePath) : where;
      issues.push(...result.error.issues.map((i) => `${shown} → ${id}.${field(i.path)}: ${i.message}`));
      return INVALID;
    },
  } as unknown as LoaderContext;
  try {
    await loader.load(context);
  } catch (error) {
    issues.push((error as Error).message);
  }
  return { entries, issues };
}

/** Every collection of the content folder `dir`, parsed through the real schemas, and every problem found doing so. */
export async function loadContent(dir: string): Promise<LoadedContent> {
  const issues: string[] = [];
  const yamlCollection = async (name: Name, loader: Loader, where: string) => {
    const loaded = await runLoader(loader, schemaOf(name), where);
    issues.push(...loaded.issues);
    return loaded.entries;
  };
  const folder = (name: string, what: string) => yamlList(join(dir, name), what);
  const collections = {
    rules: loadMdx(dir, 'rules', issues),
    ruleTranslations: loadMdx(dir, 'ruleTranslations', issues),
    sources: await yamlCollection('sources', folder('sources', 'source registry'), `${dir}/sources`),
    contacts: await yamlCollection('contacts', folder('contacts', 'contacts registry'), `${dir}/contacts`),
    contactTranslations: await yamlCollection('contactTranslations', yamlTranslations(dir, others(), 'contacts.yaml', 'contacts in this language'), dir),
    glossary: await yamlCollection('glossary', folder('glossary', 'glossary'), `${dir}/glossary`),
    crosswalk: await yamlCollection('crosswalk', folder('crosswalk', 'crosswalk'), `${dir}/crosswalk`),
    pages: loadMdx(dir, 'pages', issues),
    pageTranslations: loadMdx(dir, 'pageTranslations', issues),
    guides: loadMdx(dir, 'guides', issues),
    guideTranslations: loadMdx(dir, 'guideTranslations', issues),
    card: loadMdx(dir, 'card', issues),
    cardTranslations: loadMdx(dir, 'cardTranslations', issues),
  } as unknown as SiteCollections;
  return { collections, issues };
}
