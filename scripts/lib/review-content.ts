/**
 * Loads the content for `npm run review` the way the build does: MDX
 * frontmatter with the parser Astro's MDX integration uses, the YAML
 * registries with the site's own loader (src/loaders/yaml-list.ts), every
 * entry validated by its real schema (src/schemas/), and MDX bodies read as
 * syntax trees (src/lib/mdx-tree.ts) to find each <Deadline> and <Contact>.
 * Content the schemas reject stops the review, naming the file and field:
 * `npm run build` says the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import type { LanguageFile } from '../../src/i18n/language.ts';
import { yamlList } from '../../src/loaders/yaml-list.ts';
import { attribute, parseMdx, type JsxElement } from '../../src/lib/mdx-tree.ts';
import { DEFAULT_LANG, localePath, rulePath } from '../../src/lib/paths.ts';
import { cardSchema, cardTranslationSchema } from '../../src/schemas/card.ts';
import { contactSchema, type Contact } from '../../src/schemas/contact.ts';
import { guideSchema, guideTranslationSchema } from '../../src/schemas/guide.ts';
import { pageSchema, pageTranslationSchema } from '../../src/schemas/page.ts';
import { ruleSchema } from '../../src/schemas/rule.ts';
import { sourceSchema, type Source } from '../../src/schemas/source.ts';
import { ruleTranslationSchema } from '../../src/schemas/translation.ts';
import type { DeadlineUse, ReviewContent, ReviewPage } from './review.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every language code of the site, from src/i18n/languages/ (as astro.config.ts reads them). */
async function languageCodes(): Promise<string[]> {
  const dir = join(ROOT, 'src', 'i18n', 'languages');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const metas = await Promise.all(files.map(async (f) => ((await import(pathToFileURL(join(dir, f)).href)) as { default: LanguageFile }).default.meta));
  return metas.sort((a, b) => a.order - b.order).map((m) => m.code);
}

function fail(file: string, field: string, message: string): never {
  throw new Error(`${file} → ${field}: ${message}`);
}

/** One MDX file: its frontmatter checked by `schema`, and its body. */
function readMdx<S extends z.ZodType>(file: string, schema: S): { data: z.infer<S>; body: string } {
  let frontmatter: Record<string, unknown>;
  let content: string;
  try {
    ({ frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' }));
  } catch (error) {
    fail(relative(ROOT, file), 'frontmatter', `not valid YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(frontmatter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(relative(ROOT, file), issue.path.join('.') || '(frontmatter)', issue.message);
  }
  return { data: parsed.data as z.infer<S>, body: content };
}

/** The JSX elements named `name` in an MDX body, with their line. */
function elements(body: string, name: string): { node: JsxElement; line: number }[] {
  const found: { node: JsxElement; line: number }[] = [];
  visit(parseMdx(body), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) {
      found.push({ node, line: node.position?.start.line ?? 0 });
    }
  });
  return found;
}

/** Every <Deadline> of a body, as written (the component itself rejects malformed ones at build time). */
export function deadlinesIn(body: string): DeadlineUse[] {
  return elements(body, 'Deadline').map(({ node, line }) => ({
    date: attribute(node, 'date') ?? '',
    checked: attribute(node, 'checked'),
    source: attribute(node, 'source'),
    line,
  }));
}

/** The ids of every <Contact id="…"> in a body. */
export function contactsIn(body: string): string[] {
  return elements(body, 'Contact').flatMap(({ node }) => attribute(node, 'id') ?? []);
}

/** Entries of a YAML registry folder through the site's loader, each checked by `schema`. */
async function registry<S extends z.ZodType>(dir: string, what: string, schema: S): Promise<{ id: string; file: string; data: z.infer<S> }[]> {
  const entries: { id: string; file: string; data: z.infer<S> }[] = [];
  const loader = yamlList(dir, what);
  await loader.load({
    config: { root: pathToFileURL(`${ROOT}/`) },
    store: { clear: () => {}, set: ({ id, data, filePath }: { id: string; data: z.infer<S>; filePath: string }) => entries.push({ id, file: filePath, data }) },
    parseData: async ({ id, data, filePath }: { id: string; data: unknown; filePath: string }) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) fail(relative(ROOT, filePath), `${id}.${parsed.error.issues[0].path.join('.')}`, parsed.error.issues[0].message);
      return parsed.data;
    },
  } as unknown as Parameters<typeof loader.load>[0]);
  return entries;
}

const mdxFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];

/** The content folder (SITE_CONTENT_DIR, else ./content), loaded for the review. */
export async function loadReviewContent(contentDir: string = process.env.SITE_CONTENT_DIR ?? join(ROOT, 'content')): Promise<ReviewContent> {
  const dir = resolve(contentDir);
  const shown = (file: string) => relative(ROOT, file);
  const langs = await languageCodes();
  const folder = (lang: string) => (lang === DEFAULT_LANG ? dir : join(dir, lang));

  const sources = new Map<string, Source>((await registry(join(dir, 'sources'), 'source registry', sourceSchema)).map((e) => [e.id, e.data]));
  const contacts: { id: string; file: string; data: Contact }[] = await registry(join(dir, 'contacts'), 'contacts registry', contactSchema);
  const contactUses = new Map<string, string[]>();
  const used = (id: string, path: string) => {
    const list = contactUses.get(id) ?? [];
    if (!list.includes(path)) list.push(path);
    contactUses.set(id, list);
  };

  const rules = mdxFiles(join(dir, 'rules')).map((name) => {
    const file = join(dir, 'rules', name);
    const { data, body } = readMdx(file, ruleSchema);
    return { id: name.replace(/\.mdx$/, ''), file: shown(file), data, body };
  });
  const pages: ReviewPage[] = [];
  const guideCalls = new Map<string, string | undefined>();

  for (const lang of langs) {
    const base = folder(lang);
    for (const name of mdxFiles(join(base, 'rules'))) {
      const file = join(base, 'rules', name);
      const id = name.replace(/\.mdx$/, '');
      const english = rules.find((r) => r.id === id);
      const { data, body } = lang === DEFAULT_LANG ? english! : readMdx(file, ruleTranslationSchema);
      pages.push({ path: rulePath('/', id, lang), file: shown(file), ruleId: id, lastReviewed: data.lastReviewed, deadlines: deadlinesIn(body) });
    }
    for (const name of mdxFiles(join(base, 'guides'))) {
      const file = join(base, 'guides', name);
      const id = name.replace(/\.mdx$/, '');
      const path = localePath('/', lang, `guides/${id}/`);
      let body: string;
      if (lang === DEFAULT_LANG) {
        const guide = readMdx(file, guideSchema);
        guideCalls.set(id, guide.data.call);
        body = guide.body;
      } else {
        body = readMdx(file, guideTranslationSchema).body;
      }
      pages.push({ path, file: shown(file), deadlines: deadlinesIn(body) });
      for (const c of contactsIn(body)) used(c, path);
    }
    for (const name of mdxFiles(join(base, 'pages'))) {
      const file = join(base, 'pages', name);
      const slug = name.replace(/\.mdx$/, '');
      const path = localePath('/', lang, slug === 'home' ? '' : `${slug}/`);
      const { body } = readMdx(file, lang === DEFAULT_LANG ? pageSchema : pageTranslationSchema);
      pages.push({ path, file: shown(file), deadlines: deadlinesIn(body) });
      for (const c of contactsIn(body)) used(c, path);
    }
    const card = join(base, 'card.mdx');
    if (existsSync(card)) {
      const path = localePath('/', lang, 'card/');
      // A translated card prints the English card's contacts.
      const { body } = readMdx(card, lang === DEFAULT_LANG ? cardSchema : cardTranslationSchema);
      pages.push({ path, file: shown(card), deadlines: deadlinesIn(body) });
      for (const c of readMdx(join(dir, 'card.mdx'), cardSchema).data.contacts) used(c, path);
    }
  }
  // A guide's tap-to-call line shows its contact in every language the guide is in.
  for (const page of pages) {
    const m = /^\/(?:([a-z]{2,3})\/)?guides\/([^/]+)\/$/.exec(page.path);
    const call = m ? guideCalls.get(m[2]) : undefined;
    if (call) used(call, page.path);
  }
  return { rules: rules.map(({ id, file, data }) => ({ id, file, data })), pages, sources, contacts, contactUses };
}
