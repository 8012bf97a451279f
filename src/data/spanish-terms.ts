/**
 * The build's "one Spanish word for each paper" check: reads every Spanish text
 * of the site and reports each rendering the glossary forbids (`es.avoid`), with
 * file, line and field, naming the glossary entry and the rendering to use.
 * The logic is in src/lib/forbidden-terms.ts; this file only reads the files.
 *
 * Spanish texts: content/es/**\/*.mdx (frontmatter and body), content/es/contacts.yaml,
 * the `es:` blocks of content/glossary/ and content/crosswalk/, and the interface
 * strings of src/i18n/languages/es.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkAvoidLists,
  findForbidden,
  forbiddenIssues,
  languageFileSegments,
  mdxSegments,
  yamlSegments,
  type GlossaryTerms,
  type TermIssue,
  type TextSegment,
} from '../lib/forbidden-terms.ts';

const LANGUAGE_FILE = 'src/i18n/languages/es.ts';

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : []))
    .sort();
}

/** Every Spanish text of the site, cut into segments with file, field and line. */
export function spanishSegments(contentDir: string, languageFile = LANGUAGE_FILE): TextSegment[] {
  const read = (f: string) => readFileSync(f, 'utf8');
  const es = join(contentDir, 'es');
  return [
    ...files(es, '.mdx').flatMap((f) => mdxSegments(f, read(f))),
    ...files(es, '.yaml').flatMap((f) => yamlSegments(f, read(f))),
    ...files(join(contentDir, 'glossary'), '.yaml').flatMap((f) => yamlSegments(f, read(f), { only: 'es' })),
    ...files(join(contentDir, 'crosswalk'), '.yaml').flatMap((f) => yamlSegments(f, read(f), { only: 'es' })),
    ...(existsSync(languageFile) ? languageFileSegments(languageFile, read(languageFile)) : []),
  ];
}

/** The build issues: a glossary that forbids what it approves, and every forbidden rendering in Spanish text. */
export function checkSpanishTerms(glossary: GlossaryTerms[], contentDir: string): TermIssue[] {
  return [...checkAvoidLists(glossary), ...forbiddenIssues(findForbidden(glossary, spanishSegments(contentDir)))];
}
