/**
 * Phase 2 of the content checks, across files: checkSite() (src/data/check-site.ts)
 * over the fixture site parsed through the real schemas, with mistakes that no
 * single file shows. loadSiteData() runs the same function before any page
 * renders; one fixture build (tests/content/bad-content.test.ts) proves that.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/data/check-site.ts';
import { formatIssues } from '../../src/lib/content-checks.ts';
import { ACROSS_FILES, type ContentMutation } from '../helpers/content-mutations.ts';
import { fixtureSiteCopy, loadContent } from '../helpers/content-fixture.ts';
import { addFile, editFile } from '../helpers/fixture-build.ts';

/** The report checkSite() gives for a copy of the fixture site changed by `mutate`, as the build prints it. */
async function report(mutate: (dir: string) => void, options: { allowMissingTranslations?: boolean } = {}): Promise<string> {
  const dir = fixtureSiteCopy();
  mutate(dir);
  const { collections, issues } = await loadContent(dir);
  expect(issues, 'the change must pass the schemas: this test is about checks across files').toEqual([]);
  return formatIssues(checkSite(collections, { contentDir: dir, ...options }));
}

describe('checkSite', () => {
  it('finds nothing wrong with the fixture site', async () => {
    expect(await report(() => {})).toBe('');
  });

  describe.each(ACROSS_FILES)('with $name', ({ mutate, expect: patterns }: ContentMutation) => {
    it('reports it, naming the file and the field', async () => {
      const text = await report(mutate);
      for (const pattern of patterns) expect(text).toMatch(pattern);
    });
  });

  it('reports every problem at once', async () => {
    const text = await report((dir) => ACROSS_FILES.forEach((m) => m.mutate(dir)));
    for (const pattern of ACROSS_FILES.flatMap((m) => m.expect)) expect(text).toMatch(pattern);
  });

  it('refuses a guide that calls a contact that does not exist', async () => {
    const text = await report((dir) => editFile(dir, 'guides/ice-at-my-door.mdx', (t) => t.replace('call: icirr-hotline', 'call: icirr-hotlin')));
    expect(text).toMatch(/guides\/ice-at-my-door\.mdx → call: there is no contact "icirr-hotlin" in content\/contacts\//);
  });

  it('refuses a card that names a contact that does not exist', async () => {
    const text = await report((dir) => editFile(dir, 'card.mdx', (t) => t.replace('  - legal-aid\n', '  - legal-aide\n')));
    expect(text).toMatch(/\/card\.mdx → contacts\[1\]: there is no contact "legal-aide" in content\/contacts\//);
  });

  it('refuses a translation with no English file to translate', async () => {
    const text = await report((dir) =>
      addFile(dir, 'es/pages/extra.mdx', '---\ntitle: Extra\ndescription: Extra.\nenglishVersion: "000000000000"\n---\n\nExtra.\n'),
    );
    expect(text).toMatch(/es\/pages\/extra\.mdx → \(file\): no English file .*\/pages\/extra\.mdx to translate/);
  });

  it('refuses a site without its home page or its card', async () => {
    const text = await report((dir) => {
      rmSync(join(dir, 'pages/home.mdx'));
      rmSync(join(dir, 'card.mdx'));
    });
    expect(text).toMatch(/pages\/home\.mdx → \(file\): the home page is missing/);
    expect(text).toMatch(/\/card\.mdx → \(file\): the rights card is missing/);
  });

  it('refuses a related rule that does not exist', async () => {
    const text = await report((dir) =>
      editFile(dir, 'rules/il-trust-act.mdx', (t) => t.replace('  - chicago-welcoming-city\nprovisions', '  - chicago-welcomming-city\nprovisions')),
    );
    expect(text).toMatch(/rules\/il-trust-act\.mdx → related\[0\]: there is no rule "chicago-welcomming-city"/);
  });

  it('refuses a contact checked against a source marked unchecked', async () => {
    const text = await report((dir) =>
      editFile(dir, 'sources/help.yaml', (t) => t.replace('  checked: "2026-11-26"\n  checkedVia: live', '  checkedVia: unchecked')),
    );
    expect(text).toMatch(/contacts\/help\.yaml → icirr-hotline\.source: source "fixture-hotline-page" is unchecked/);
  });

  it('refuses contact words for a contact that does not exist, and a caveat on one side only', async () => {
    const text = await report((dir) =>
      editFile(
        dir,
        'es/contacts.yaml',
        (t) =>
          `${t.replace('  purpose: "Ayuda legal gratis."', '  purpose: "Ayuda legal gratis."\n  caveat: Una advertencia.')}- id: nobody\n  name: Nadie\n  purpose: Nada.\n`,
      ),
    );
    expect(text).toMatch(/es\/contacts\.yaml → legal-aid\.caveat: .*contacts\/help\.yaml has no caveat to translate/);
    expect(text).toMatch(/es\/contacts\.yaml → nobody\.id: there is no contact "nobody" in content\/contacts\/ to translate/);
  });

  it('refuses a missing translation unless drafting (SITE_ALLOW_MISSING_TRANSLATIONS)', async () => {
    const mutate = (dir: string) => {
      rmSync(join(dir, 'es/rules/il-keep-families-together-act.mdx'));
      editFile(dir, 'glossary/terms.yaml', (t) => t.replace(/\n {2}es:\n(?: {4}.*\n)+/, '\n'));
      editFile(dir, 'crosswalk/topics.yaml', (t) => t.replace('      es: { answer: "No, dice la regla de prueba." }\n', ''));
      editFile(dir, 'es/contacts.yaml', (t) => t.replace(/- id: legal-aid\n(?: {2}.*\n)+/, ''));
    };
    const text = await report(mutate);
    expect(text).toMatch(/glossary\/terms\.yaml → fixture-status\.es: .*Spanish/);
    expect(text).toMatch(/crosswalk\/topics\.yaml → asking-about-status\.cells\.il-trust-act\.es: has no Spanish translation/);
    expect(text).toMatch(/no Spanish version/);
    expect(text).toMatch(/no Spanish name and purpose/);
    expect(await report(mutate, { allowMissingTranslations: true })).toBe('');
  });

  it('refuses a translated guide whose outline differs from the English', async () => {
    const text = await report((dir) =>
      editFile(dir, 'es/guides/ice-at-my-door.mdx', (t) => t.replace(/<If title="Si le muestran un papel">\n.*\n<\/If>\n\n/, '')),
    );
    expect(text).toMatch(/es\/guides\/ice-at-my-door\.mdx → body: .*/);
  });

  it('refuses a translated rule page without the status note its English page has', async () => {
    const text = await report((dir) =>
      editFile(dir, 'rules/il-trust-act.mdx', (t) => t.replace('  asOf: "2026-01-02"\n', '  asOf: "2026-01-02"\n  note: A note.\n')),
    );
    expect(text).toMatch(/es\/rules\/il-trust-act\.mdx → status\.note: translate the status note of .*rules\/il-trust-act\.mdx/);
  });
});
