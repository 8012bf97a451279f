/**
 * The YAML loaders (src/loaders/yaml-list.ts): yamlList loads the sources,
 * contacts, glossary and crosswalk folders; yamlTranslations each language's
 * contacts.yaml. Run with a fake loader context, as Astro would run them, on
 * copies of the fixture site.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { yamlList, yamlTranslations } from '../../src/loaders/yaml-list.ts';
import { contactTranslationSchema } from '../../src/schemas/contact.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { fixtureSiteCopy, runLoader } from '../helpers/content-fixture.ts';

const anything = z.record(z.string(), z.unknown());
const sources = (dir: string, schema: z.ZodType = anything) => runLoader(yamlList(join(dir, 'sources'), 'source registry'), schema, dir);

describe('yamlList', () => {
  it('loads every entry of every file, in file order, naming the file each came from', async () => {
    const dir = fixtureSiteCopy();
    const { entries, issues } = await sources(dir, sourceSchema);
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.id, e.filePath])).toEqual([
      ['fixture-official', `${dir}/sources/fixture.yaml`],
      ['fixture-news', `${dir}/sources/fixture.yaml`],
      ['fixture-hotline-page', `${dir}/sources/help.yaml`],
      ['fixture-legal-aid-page', `${dir}/sources/help.yaml`],
    ]);
  });

  it('keeps dates as written, so the schema can refuse a day that does not exist', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'sources', 'zz.yaml'), '- id: x\n  checked: 2026-02-30\n');
    const { entries } = await sources(dir);
    expect(entries.find((e) => e.id === 'x')?.data).toEqual({ id: 'x', checked: '2026-02-30' });
  });

  it('passes each entry through the collection schema, with its file', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'sources', 'zz.yaml'), '- id: x\n  title: No publisher\n');
    const { issues } = await sources(dir, sourceSchema);
    expect(issues).toContain(`${dir}/sources/zz.yaml → x.publisher: Invalid input: expected string, received undefined`);
  });

  it('fails on a file that is not valid YAML, naming it', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'sources', 'zz.yaml'), '- id: [x\n');
    const { issues } = await sources(dir);
    expect(issues[0]).toMatch(new RegExp(`^${dir}/sources/zz\\.yaml: not valid YAML: `));
  });

  it('fails on a file that is not a list', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'sources', 'zz.yaml'), 'id: x\n');
    const { issues } = await sources(dir);
    expect(issues).toEqual([`${dir}/sources/zz.yaml: must be a list of entries ("- id: …")`]);
  });

  it('fails on an entry without an id', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'sources', 'zz.yaml'), '- id: x\n- title: nameless\n');
    const { issues } = await sources(dir);
    expect(issues).toEqual([`${dir}/sources/zz.yaml → [1].id: every entry needs an id`]);
  });

  it('fails on an id already used in another file, naming both', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'sources', 'zz.yaml'), '- id: fixture-news\n');
    const { issues } = await sources(dir);
    expect(issues).toEqual([`${dir}/sources/zz.yaml → [0].id: "fixture-news" is already used in ${dir}/sources/fixture.yaml`]);
  });

  it('fails on a folder with no YAML file', async () => {
    const dir = fixtureSiteCopy();
    rmSync(join(dir, 'glossary', 'terms.yaml'));
    const { issues } = await runLoader(yamlList(join(dir, 'glossary'), 'glossary'), anything, dir);
    expect(issues).toEqual([`${dir}/glossary: no .yaml files: the glossary is empty`]);
  });
});

describe('yamlTranslations', () => {
  const contacts = (dir: string, langs: string[]) =>
    runLoader(yamlTranslations(dir, langs, 'contacts.yaml', 'contacts in this language'), contactTranslationSchema, dir);

  it('loads each language’s file as "<lang>/<id>", skipping a language without one', async () => {
    const dir = fixtureSiteCopy();
    const { entries, issues } = await contacts(dir, ['es', 'xx']);
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.id, e.filePath])).toEqual([
      ['es/icirr-hotline', `${dir}/es/contacts.yaml`],
      ['es/legal-aid', `${dir}/es/contacts.yaml`],
    ]);
  });

  it('fails on an id listed twice in one language, naming the file', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'es', 'contacts.yaml'), '- id: legal-aid\n  name: A\n  purpose: B\n- id: legal-aid\n  name: C\n  purpose: D\n');
    const { issues } = await contacts(dir, ['es']);
    expect(issues).toEqual([`${dir}/es/contacts.yaml → [1].id: "legal-aid" is listed twice`]);
  });

  it('passes each entry through the schema (words only: no phone number)', async () => {
    const dir = fixtureSiteCopy();
    writeFileSync(join(dir, 'es', 'contacts.yaml'), '- id: legal-aid\n  name: A\n  purpose: B\n  phone: "555"\n');
    const { issues } = await contacts(dir, ['es']);
    expect(issues).toEqual([`${dir}/es/contacts.yaml → es/legal-aid.(file): Unrecognized key: "phone"`]);
  });
});
