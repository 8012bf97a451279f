/**
 * Bad content must stop the build with a message that names the file, the
 * field and what is wrong. Each case copies the real content, breaks one
 * thing, and runs a real `astro build`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFile, buildWithContent, editFile } from '../helpers/fixture-build.ts';

const TRUST = 'rules/il-trust-act.mdx';
const fixture = (name: string) => readFileSync(`tests/fixtures/content/${name}`, 'utf8');

describe('the unchanged content', () => {
  it('builds (so every failure below is caused by its one change)', () => {
    const result = buildWithContent('control', () => {});
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  });
});

describe.each([
  {
    name: 'an unknown frontmatter key',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('shortTitle: TRUST Act', 'shortTitle: TRUST Act\ncolour: red')),
    expect: [/il-trust-act\.mdx/, /Unrecognized key: "colour"/],
  },
  {
    name: 'a date that does not exist',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('lastReviewed: "2026-11-26"', 'lastReviewed: "2026-02-30"')),
    expect: [/il-trust-act\.mdx/, /lastReviewed: "2026-02-30" is not a real date/],
  },
  {
    name: 'an unquoted date',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('lastReviewed: "2026-11-26"', 'lastReviewed: 2026-11-26')),
    expect: [/il-trust-act\.mdx/, /lastReviewed: unquoted date/],
  },
  {
    name: 'no official source',
    mutate: (dir: string) =>
      editFile(dir, 'sources/il-trust-act.yaml', (t) => t.replaceAll(/^(\s+)official: true$/gm, '$1official: false')),
    expect: [/il-trust-act\.mdx → sources: no official source/],
  },
  {
    name: 'a source registry file that is not valid YAML',
    mutate: (dir: string) => editFile(dir, 'sources/help.yaml', (t) => t.replace('- id: icirr-family-support-hotline', '- id: [icirr')),
    expect: [/sources\/help\.yaml: not valid YAML/],
  },
  {
    name: 'a source id used in two registry files',
    mutate: (dir: string) => addFile(dir, 'sources/zz-duplicate.yaml', readFileSync('content/sources/help.yaml', 'utf8')),
    expect: [/sources\/zz-duplicate\.yaml → \[0\]\.id: "icirr-family-support-hotline" is already used in .*sources\/help\.yaml/],
  },
  {
    name: 'a source with a field of the wrong type',
    mutate: (dir: string) => editFile(dir, 'sources/help.yaml', (t) => t.replace('official: false', 'official: maybe')),
    expect: [/sources\/help\.yaml/, /official/],
  },
  {
    name: 'a source missing from the registry',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('  - ilga-5-ilcs-805-5\n', '  - ilga-5-ilcs-805-55\n')),
    expect: [/il-trust-act\.mdx → sources\[1\]: no source "ilga-5-ilcs-805-55" in .*sources\/\*\.yaml/],
  },
  {
    name: 'a duplicate provision',
    mutate: (dir: string) =>
      editFile(dir, TRUST, (t) => t.replace('  - at: "15(b)"\n', '  - at: "15(a)"\n')),
    expect: [/il-trust-act\.mdx/, /provisions\.\d+\.at: duplicate provision "15\(a\)"/],
  },
  {
    name: 'a malformed provision reference',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('  - at: "15(c)"\n', '  - at: "15 c"\n')),
    expect: [/il-trust-act\.mdx/, /provisions\.\d+\.at: not a well-formed provision reference/],
  },
  {
    name: 'a cross-reference to a provision that does not exist',
    mutate: (dir: string) => {
      addFile(dir, 'rules/fixture-bad-cite.mdx', fixture('cites-missing-provision.mdx'));
      addFile(dir, 'es/rules/fixture-bad-cite.mdx', fixture('es-cites-missing-provision.mdx'));
    },
    expect: [/fixture-bad-cite\.mdx/, /<Cite rule="il-trust-act" at="15\(z\)" \/>/, /declares no provision "15\(z\)"/],
  },
  {
    name: 'a cross-reference to a rule that does not exist',
    mutate: (dir: string) =>
      editFile(dir, TRUST, (t) => t.replace('(<Cite rule="il-trust-act" at="15(d)" />)', '(<Cite rule="il-trust-acts" at="15(d)" />)')),
    expect: [/il-trust-act\.mdx/, /there is no rule "il-trust-acts"/],
  },
  {
    name: 'a provision explained in the body but not declared',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('<Provision at="15(c)">', '<Provision at="15(cc)">')),
    expect: [/il-trust-act\.mdx: <Provision at="15\(cc\)"> is not declared/],
  },
  {
    name: 'a provision declared but never explained',
    mutate: (dir: string) =>
      editFile(dir, TRUST, (t) =>
        t.replace('<Provision at="15(c)">\nThis subsection is empty in the official text: it reads "(Blank)".\n</Provision>\n', ''),
      ),
    expect: [/il-trust-act\.mdx: declared but never explained in the body: provisions\[\d+\] "15\(c\)"/],
  },
  {
    name: 'a crosswalk topic missing a rule column',
    mutate: (dir: string) =>
      editFile(dir, 'crosswalk/topics.yaml', (t) => t.replace('    cook-county-46-37:\n      notAddressed: true\n    il-keep', '    il-keep')),
    expect: [/crosswalk\/topics\.yaml/, /cook-county-46-37/],
  },
  {
    name: 'a crosswalk citation to a provision that does not exist',
    mutate: (dir: string) => editFile(dir, 'crosswalk/topics.yaml', (t) => t.replace('{ rule: il-trust-act, at: "15(e)" }', '{ rule: il-trust-act, at: "15(ee)" }')),
    expect: [/crosswalk\/topics\.yaml → asking-about-status\.cells\.il-trust-act\.cites\[0\]: .*declares no provision "15\(ee\)"/],
  },
  {
    name: 'a glossary entry pointing to a provision that does not exist',
    mutate: (dir: string) => editFile(dir, 'glossary/terms.yaml', (t) => t.replace('- { rule: il-trust-act, at: "15(b)" }', '- { rule: il-trust-act, at: "15(bb)" }')),
    expect: [/glossary\/terms\.yaml → citizenship-or-immigration-status\.refs\[\d\]: .*declares no provision "15\(bb\)"/],
  },
  {
    name: 'a rule without its Spanish page',
    mutate: (dir: string) => rmSync(join(dir, 'es/rules/il-voices-act.mdx')),
    expect: [/rules\/il-voices-act\.mdx → \(translation\): no Spanish version: add .*es\/rules\/il-voices-act\.mdx/],
  },
  {
    name: 'a guide without its Spanish version',
    mutate: (dir: string) => rmSync(join(dir, 'es/guides/calling-911.mdx')),
    expect: [/guides\/calling-911\.mdx → \(translation\): no Spanish version: add .*es\/guides\/calling-911\.mdx/],
  },
  {
    name: 'a Spanish rule page whose provisions do not line up with the English',
    mutate: (dir: string) => editFile(dir, 'es/rules/il-trust-act.mdx', (t) => t.replace(/\n {2}- at: "15\(c\)"\n {4}heading: [^\n]+/, '')),
    expect: [/es\/rules\/il-trust-act\.mdx/, /provisions/],
  },
  {
    name: 'a contact whose printed number differs from the number dialled',
    mutate: (dir: string) => editFile(dir, 'contacts/help.yaml', (t) => t.replace('display: 1-855-435-7693', 'display: 1-855-435-7639')),
    expect: [/contacts\/help\.yaml/, /"1-855-435-7639" does not show the dialled number 855-435-7693/],
  },
  {
    name: 'a contact checked against a source that is not in the registry',
    mutate: (dir: string) => editFile(dir, 'contacts/help.yaml', (t) => t.replace('source: copa-complaints', 'source: copa-complaint')),
    expect: [/contacts\/help\.yaml → copa\.source: there is no source "copa-complaint"/],
  },
  {
    name: 'a page naming a contact that does not exist',
    mutate: (dir: string) => editFile(dir, 'pages/help.mdx', (t) => t.replace('<Contact id="copa">', '<Contact id="copa-office">')),
    expect: [/<Contact id="copa-office"> on \/help\/: no such contact in content\/contacts\//],
  },
  {
    name: 'a citation alone on its own line in the middle of a sentence',
    mutate: (dir: string) =>
      editFile(dir, 'pages/rights.mdx', (t) =>
        t.replace('when they stop or hold you (<Cite rule="il-trust-act" at="15(e)" />).', 'when they stop or hold you\n<Cite rule="il-trust-act" at="15(e)" />\nas the law says.'),
      ),
    expect: [/pages\/rights\.mdx → body, line \d+ after the frontmatter: <Cite> is alone on its own line inside a paragraph/],
  },
  {
    name: 'invalid MDX',
    mutate: (dir: string) => editFile(dir, TRUST, (t) => t.replace('<Provision at="15(c)">', '<Provision at="15(c)"')),
    expect: [/il-trust-act\.mdx:\d+:\d+/, /expected a valid JSX tag/],
  },
])('a build with $name', ({ name, mutate, expect: patterns }) => {
  it('fails, naming the file and what is wrong', () => {
    const result = buildWithContent(name.replace(/\W+/g, '-'), mutate);
    expect(result.ok, result.output.slice(-2000)).toBe(false);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
  });
});
