/**
 * Builds the site from a changed copy of content/ in a scratch folder, without
 * touching the real build: used to prove that bad content fails the build
 * with a message naming the file and the field.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBuild } from './child-env.ts';

export interface FixtureBuild {
  ok: boolean;
  output: string;
}

export type Mutation = (contentDir: string) => void;

const SCRATCH = resolve('tests/.tmp/fixture-builds');

export function buildWithContent(name: string, mutate: Mutation): FixtureBuild {
  const root = join(SCRATCH, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  mutate(content);
  return astroBuild({ SITE_CONTENT_DIR: content, SITE_OUT_DIR: join(root, 'dist'), SITE_CACHE_DIR: join(root, 'cache') });
}

/** Edits one file inside the copied content folder. */
export function editFile(contentDir: string, file: string, edit: (text: string) => string): void {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

export function addFile(contentDir: string, file: string, text: string): void {
  writeFileSync(join(contentDir, file), text);
}
