/**
 * Broken content, one mistake at a time, on a copy of the fixture site
 * (tests/fixtures/site/), with the message each must produce. The unit tests
 * run every case through the real schemas, loaders and checkSite()
 * (tests/unit/content-schemas.test.ts, tests/unit/site-checks.test.ts); the
 * fixture builds (tests/content/bad-content.test.ts) run them through a real
 * `astro sync` and `astro build`, to prove the wiring: Astro runs those checks
 * and prints their messages, naming the file.
 *
 * Mistakes only a page render finds (phase 3: <Cite>, <Provision>, <RuleBody>,
 * <Contact>) are tested on the components (tests/components/), and once in a
 * fixture build.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addFile, editFile } from './fixture-build.ts';

export interface ContentMutation {
  /** What is wrong, as a test name: "an unknown frontmatter key". */
  name: string;
  /** Breaks the copy of the fixture site in `dir`. */
  mutate: (dir: string) => void;
  /** What the message must say: each pattern names the file, the field where there is one, and the problem. */
  expect: RegExp[];
}

const MAIN = 'rules/il-trust-act.mdx';

/**
 * Phase 1, one file at a time: the Zod schemas (src/schemas/) and the YAML
 * loader (src/loaders/yaml-list.ts). Astro stops at the first of these, at content sync.
 */
export const ONE_FILE: ContentMutation[] = [
  {
    name: 'an unknown frontmatter key',
    mutate: (dir) => editFile(dir, MAIN, (t) => t.replace('shortTitle: Fixture One', 'shortTitle: Fixture One\ncolour: red')),
    expect: [/rules\/il-trust-act\.mdx → \(file\): Unrecognized key: "colour"/],
  },
  {
    name: 'a date that does not exist',
    mutate: (dir) => editFile(dir, MAIN, (t) => t.replace('lastReviewed: "2026-11-26"', 'lastReviewed: "2026-02-30"')),
    expect: [/rules\/il-trust-act\.mdx → lastReviewed: "2026-02-30" is not a real date/],
  },
  {
    name: 'an unquoted date',
    mutate: (dir) => editFile(dir, MAIN, (t) => t.replace('lastReviewed: "2026-11-26"', 'lastReviewed: 2026-11-26')),
    expect: [/rules\/il-trust-act\.mdx → lastReviewed: unquoted date/],
  },
  {
    name: 'a duplicate provision',
    mutate: (dir) => editFile(dir, MAIN, (t) => t.replace('  - at: "15(b)"\n', '  - at: "15(a)"\n')),
    expect: [/rules\/il-trust-act\.mdx → provisions\.\d+\.at: duplicate provision "15\(a\)"/],
  },
  {
    name: 'a malformed provision reference',
    mutate: (dir) => editFile(dir, MAIN, (t) => t.replace('  - at: "15(c)"\n', '  - at: "15 c"\n')),
    expect: [/rules\/il-trust-act\.mdx → provisions\.\d+\.at: not a well-formed provision reference/],
  },
  {
    name: 'a source registry file that is not valid YAML',
    mutate: (dir) => editFile(dir, 'sources/help.yaml', (t) => t.replace('- id: fixture-legal-aid-page', '- id: [fixture-legal-aid-page')),
    expect: [/sources\/help\.yaml: not valid YAML/],
  },
  {
    name: 'a source id used in two registry files',
    mutate: (dir) => addFile(dir, 'sources/zz-duplicate.yaml', readFileSync(join(dir, 'sources/help.yaml'), 'utf8')),
    expect: [/sources\/zz-duplicate\.yaml → \[0\]\.id: "fixture-hotline-page" is already used in .*sources\/help\.yaml/],
  },
  {
    name: 'a source with a field of the wrong type',
    mutate: (dir) => editFile(dir, 'sources/help.yaml', (t) => t.replace('official: false', 'official: maybe')),
    expect: [/sources\/help\.yaml → fixture-hotline-page\.official: /],
  },
  {
    name: 'a crosswalk topic missing a rule column',
    mutate: (dir) => editFile(dir, 'crosswalk/topics.yaml', (t) => t.replace('    cook-county-46-37:\n      notAddressed: true\n', '')),
    expect: [/crosswalk\/topics\.yaml → asking-about-status\.cells\.cook-county-46-37: /],
  },
  {
    name: 'a contact whose printed number differs from the number dialled',
    mutate: (dir) => editFile(dir, 'contacts/help.yaml', (t) => t.replace('display: 312-555-0100', 'display: 312-555-0109')),
    expect: [/contacts\/help\.yaml → icirr-hotline\.phone\.display: "312-555-0109" does not show the dialled number 312-555-0100/],
  },
];

/**
 * Phase 2, across files: checkSite() (src/data/check-site.ts), which
 * loadSiteData() runs before any page renders, reporting every problem at once.
 * These cases touch different files, so all of them can break one copy together.
 */
export const ACROSS_FILES: ContentMutation[] = [
  {
    name: 'no official source',
    mutate: (dir) => editFile(dir, 'sources/fixture.yaml', (t) => t.replace('official: true', 'official: false')),
    expect: [/rules\/il-trust-act\.mdx → sources: no official source/],
  },
  {
    name: 'a source missing from the registry',
    mutate: (dir) => editFile(dir, MAIN, (t) => t.replace('  - fixture-news\nlastReviewed', '  - fixture-newz\nlastReviewed')),
    expect: [/rules\/il-trust-act\.mdx → sources\[1\]: no source "fixture-newz" in .*sources\/\*\.yaml/],
  },
  {
    name: 'a crosswalk citation to a provision that does not exist',
    mutate: (dir) => editFile(dir, 'crosswalk/topics.yaml', (t) => t.replace('{ rule: il-trust-act, at: "15(b)" }', '{ rule: il-trust-act, at: "15(ee)" }')),
    expect: [/crosswalk\/topics\.yaml → asking-about-status\.cells\.il-trust-act\.cites\[0\]: .*declares no provision "15\(ee\)"/],
  },
  {
    name: 'a glossary entry pointing to a provision that does not exist',
    mutate: (dir) => editFile(dir, 'glossary/terms.yaml', (t) => t.replace('{ rule: il-trust-act, at: "15(b)" }', '{ rule: il-trust-act, at: "15(bb)" }')),
    expect: [/glossary\/terms\.yaml → fixture-status\.refs\[0\]: .*declares no provision "15\(bb\)"/],
  },
  {
    name: 'a rule without its Spanish page',
    mutate: (dir) => rmSync(join(dir, 'es/rules/il-keep-families-together-act.mdx')),
    expect: [/rules\/il-keep-families-together-act\.mdx → \(translation\): no Spanish version: add .*es\/rules\/il-keep-families-together-act\.mdx/],
  },
  {
    name: 'a guide without its Spanish version',
    mutate: (dir) => rmSync(join(dir, 'es/guides/traffic-stop.mdx')),
    expect: [/guides\/traffic-stop\.mdx → \(translation\): no Spanish version: add .*es\/guides\/traffic-stop\.mdx/],
  },
  {
    name: 'a core guide missing in a core language',
    mutate: (dir) => rmSync(join(dir, 'pl/guides/ice-at-my-door.mdx')),
    expect: [/guides\/ice-at-my-door\.mdx → \(translation\): no Polish version: add .*pl\/guides\/ice-at-my-door\.mdx/],
  },
  {
    name: 'a Spanish rule page whose provisions do not line up with the English',
    mutate: (dir) => editFile(dir, 'es/rules/il-trust-act.mdx', (t) => t.replace('  - at: "15(c)"\n    heading: En blanco\n', '')),
    expect: [/es\/rules\/il-trust-act\.mdx → provisions: has 4 entries; .*rules\/il-trust-act\.mdx declares 5/],
  },
  {
    name: 'a contact checked against a source that is not in the registry',
    mutate: (dir) => editFile(dir, 'contacts/help.yaml', (t) => t.replace('  source: fixture-legal-aid-page', '  source: fixture-legal-aid')),
    expect: [/contacts\/help\.yaml → legal-aid\.source: there is no source "fixture-legal-aid"/],
  },
  {
    name: 'a contact without its words in a language',
    mutate: (dir) => editFile(dir, 'es/contacts.yaml', (t) => t.replace(/- id: legal-aid\n(?: {2}.*\n)+/, '')),
    expect: [/es\/contacts\.yaml → legal-aid: no Spanish name and purpose for the contact "legal-aid"/],
  },
  {
    name: 'a citation alone on its own line in the middle of a sentence',
    mutate: (dir) =>
      editFile(dir, 'pages/rights.mdx', (t) =>
        t.replace(
          'Police may not hold you for this reason (<Cite rule="il-trust-act" at="15(a)" />).',
          'Police may not hold you\n<Cite rule="il-trust-act" at="15(a)" />\nfor this reason.',
        ),
      ),
    expect: [/pages\/rights\.mdx → body, line \d+ after the frontmatter: <Cite> is alone on its own line inside a paragraph/],
  },
  {
    name: 'a Spanish rendering the glossary forbids',
    mutate: (dir) => {
      editFile(dir, 'glossary/terms.yaml', (t) =>
        t.replace('    term: Estatus de prueba\n', '    term: Estatus de prueba\n    avoid: [situación de prueba]\n'),
      );
      editFile(dir, 'es/pages/rights.mdx', (t) => t.replace('Puede guardar silencio.', 'Puede guardar silencio sobre su situación de prueba.'));
    },
    expect: [/es\/pages\/rights\.mdx → line \d+, body: "situación de prueba": the glossary entry fixture-status says to write "Estatus de prueba"/],
  },
  {
    name: 'a guide that leaves the template',
    mutate: (dir) => editFile(dir, 'guides/traffic-stop.mdx', (t) => t.replace('<Why>', '<Because>').replace('</Why>', '</Because>')),
    expect: [/guides\/traffic-stop\.mdx → body, line \d+ after the frontmatter: everything in a guide goes inside .*; found <Because> at the top level/],
  },
];
