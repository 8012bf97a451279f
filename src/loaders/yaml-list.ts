/**
 * Loads a folder of YAML files, each a list of entries with an `id`: used for
 * the source registry (content/sources/) and the glossary (content/glossary/).
 * Splitting by topic keeps files short and lets several people add entries at
 * once; ids must still be unique across files.
 *
 * Unlike Astro's file() loader, this fails loudly: a YAML syntax error, an
 * entry without an id, or an id used twice stops the build, naming the file.
 * Each entry is validated against the collection schema, and Astro names the
 * file of an invalid entry.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';

export function yamlList(dir: string, what: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config }) => {
      const root = new URL('.', config.root).pathname;
      const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
      if (files.length === 0) throw new Error(`${dir}: no .yaml files: the ${what} is empty`);
      store.clear();
      const seen = new Map<string, string>();
      for (const name of files) {
        const path = join(dir, name);
        const shown = relative(root, path);
        let items: unknown;
        try {
          // The core schema keeps dates as strings, so the schema can reject 2026-02-30.
          items = yaml.load(await readFile(path, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: shown });
        } catch (error) {
          throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`, { cause: error });
        }
        if (!Array.isArray(items)) throw new Error(`${shown}: must be a list of entries ("- id: …")`);
        for (const [index, item] of items.entries()) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id.length === 0) throw new Error(`${shown} → [${index}].id: every entry needs an id`);
          if (seen.has(id)) throw new Error(`${shown} → [${index}].id: "${id}" is already used in ${seen.get(id)}`);
          seen.set(id, shown);
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath: path });
          store.set({ id, data, filePath: shown });
        }
      }
    },
  };
}

/**
 * Loads one YAML list per translated language, content/<lang>/<file> (e.g. the contacts' words in
 * content/es/contacts.yaml), where it exists. Each entry keeps its own `id` (the English entry it
 * translates) and is stored as "<lang>/<id>". Like yamlList, it fails loudly, naming the file.
 */
export function yamlTranslations(contentDir: string, langs: readonly string[], file: string, what: string): Loader {
  return {
    name: 'yaml-translations',
    load: async ({ store, parseData, config }) => {
      const root = new URL('.', config.root).pathname;
      store.clear();
      for (const lang of langs) {
        const path = join(contentDir, lang, file);
        let text: string;
        try {
          text = await readFile(path, 'utf8');
        } catch {
          continue; // This language does not translate this list (the coverage check says whether it must).
        }
        const shown = relative(root, path);
        let items: unknown;
        try {
          items = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: shown });
        } catch (error) {
          throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`, { cause: error });
        }
        if (!Array.isArray(items)) throw new Error(`${shown}: must be a list of entries ("- id: …"), the ${what}`);
        const seen = new Set<string>();
        for (const [index, item] of items.entries()) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id.length === 0) throw new Error(`${shown} → [${index}].id: every entry needs an id`);
          if (seen.has(id)) throw new Error(`${shown} → [${index}].id: "${id}" is listed twice`);
          seen.add(id);
          const data = await parseData({ id: `${lang}/${id}`, data: item as Record<string, unknown>, filePath: path });
          store.set({ id: `${lang}/${id}`, data, filePath: shown });
        }
      }
    },
  };
}
