/**
 * Bad content must stop the build with a message that names the file, the
 * field and what is wrong. Each check is tested where it is cheapest:
 *   - one file at a time (schemas, YAML loaders): tests/unit/content-schemas.test.ts, yaml-list.test.ts;
 *   - across files (checkSite): tests/unit/site-checks.test.ts;
 *   - body against frontmatter (<Cite>, <Provision>, <RuleBody>, <Contact>): tests/components/.
 * What only a real run can show is the wiring: that Astro runs those checks and
 * prints their messages with the file. That is what these few runs prove, each on
 * a copy of the small fixture site (tests/fixtures/site/) broken on purpose:
 * one `astro sync` and three `astro build`s.
 */
import { describe, expect, it } from 'vitest';
import { ACROSS_FILES, ONE_FILE } from '../helpers/content-mutations.ts';
import { buildWithContent, editFile, syncWithContent } from '../helpers/fixture-build.ts';

const failed = (run: { ok: boolean; output: string }) => expect(run.ok, run.output.slice(-3000)).toBe(false);

describe('a content sync with a file its schema refuses', () => {
  it('fails, naming the file, the field and what is wrong', () => {
    const unknownKey = ONE_FILE.find((m) => m.name === 'an unknown frontmatter key')!;
    const run = syncWithContent('one-file', unknownKey.mutate);
    failed(run);
    expect(run.output).toMatch(/rules\/il-trust-act\.mdx/);
    expect(run.output).toMatch(/Unrecognized key: "colour"/);
  });
});

describe('a build with several mistakes across files', () => {
  it('fails before any page renders, reporting every one of them, each naming its file and field', () => {
    const run = buildWithContent('across-files', (dir) => ACROSS_FILES.forEach((m) => m.mutate(dir)));
    failed(run);
    expect(run.output).toMatch(/Content check failed \(\d+ problems\)/);
    for (const pattern of ACROSS_FILES.flatMap((m) => m.expect)) expect(run.output).toMatch(pattern);
  });
});

describe('a build with a citation to a provision that does not exist', () => {
  it('fails while the page renders, naming the MDX file and the citation', () => {
    const run = buildWithContent('render', (dir) =>
      editFile(dir, 'rules/chicago-welcoming-city.mdx', (t) => t.replace('The only provision of this fixture rule.', 'The only provision (<Cite rule="il-trust-act" at="15(z)" />).')),
    );
    failed(run);
    expect(run.output).toMatch(/rules\/chicago-welcoming-city\.mdx/);
    expect(run.output).toMatch(/<Cite rule="il-trust-act" at="15\(z\)" \/>/);
    expect(run.output).toMatch(/declares no provision "15\(z\)"/);
  });
});

describe('a build with invalid MDX', () => {
  it('fails, naming the file, the line and the column', () => {
    const run = buildWithContent('invalid-mdx', (dir) => editFile(dir, 'rules/il-trust-act.mdx', (t) => t.replace('<Provision at="15(c)">', '<Provision at="15(c)"')));
    failed(run);
    expect(run.output).toMatch(/rules\/il-trust-act\.mdx:\d+:\d+/);
    expect(run.output).toMatch(/expected a valid JSX tag/);
  });
});
