import { describe, expect, it } from 'vitest';
import Provision from '../../src/components/mdx/Provision.astro';
import { renderDom, ruleContext } from '../helpers/container.ts';

async function renderProvision(at: string, term?: string) {
  const ctx = await ruleContext('il-trust-act');
  const doc = await renderDom(Provision, {
    props: term ? { at, term } : { at },
    slots: { default: '<p>Our explanation.</p>' },
    locals: { ruleContext: ctx },
  });
  return { doc, ctx };
}

describe('<Provision>', () => {
  it('renders the citation, our heading and the permanent anchor', async () => {
    const { doc } = await renderProvision('15(e)');
    const heading = doc.getElementById('15-e');
    expect(heading?.tagName).toBe('H4');
    expect(heading?.textContent?.replace(/\s+/g, ' ').trim()).toBe('5 ILCS 805/15(e) No questions about status or place of birth');
    expect(doc.querySelector('.provision-body')?.textContent).toBe('Our explanation.');
  });

  it('shows its verification status, a link to the official text and a link to itself', async () => {
    const { doc } = await renderProvision('15(e)');
    const meta = doc.querySelector('.provision-meta')!;
    expect(meta.textContent).toContain('Verified against the official text');
    const links = [...meta.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    // The General Assembly's page for section 15, from the TRUST Act's `officialUrl` pattern (it was the
    // registry's file copy of the same section, witnessslips.ilga.gov/ftp/ILCS/…/000508050K15.html, before
    // every provision linked to the finest official address).
    expect(links).toContainEqual(['Official text of 5 ILCS 805/15(e)', 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K15']);
    expect(links).toContainEqual(['Link to this part (5 ILCS 805/15(e))', '#15-e']);
  });

  it('links to the official text and, beside it, the unofficial copy its wording was read in', async () => {
    const { doc } = await renderProvision('25(b)');
    const links = [...doc.querySelectorAll('.provision-meta a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['Official text of 5 ILCS 805/25(b)', 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K25']);
    expect(links.find(([text]) => text?.startsWith('Text (unofficial copy)'))?.[1]).toMatch(/^https?:\/\//);
  });

  it('keeps the verification line out of the search index', async () => {
    const { doc } = await renderProvision('15(a)');
    expect(doc.querySelector('.provision-meta')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('marks a provision we could not verify, visibly', async () => {
    const { doc } = await renderProvision('30');
    expect(doc.querySelector('.badge')?.textContent).toContain('Not yet verified against the official text');
  });

  it('nests heading levels with the subsection depth', async () => {
    expect((await renderProvision('25')).doc.getElementById('25')?.tagName).toBe('H3');
    expect((await renderProvision('25(a)(2)')).doc.getElementById('25-a-2')?.tagName).toBe('H5');
    expect((await renderProvision('25(a)(2)(E)')).doc.getElementById('25-a-2-E')?.tagName).toBe('H6');
  });

  it('gives a defined term its own anchor and citation', async () => {
    const { doc } = await renderProvision('10', 'civil immigration warrant');
    const heading = doc.getElementById('10-civil-immigration-warrant');
    expect(heading?.querySelector('.provision-cite')?.textContent).toBe('5 ILCS 805/10 (definition of “civil immigration warrant”)');
  });

  it('records that it was rendered, so <RuleBody> can check coverage', async () => {
    const { ctx } = await renderProvision('15(b)');
    expect([...ctx.rendered]).toEqual(['15(b)']);
  });

  it('fails, naming the file, for a provision the frontmatter does not declare', async () => {
    await expect(renderProvision('15(z)')).rejects.toThrow(
      'content/rules/il-trust-act.mdx: <Provision at="15(z)"> is not declared in the frontmatter "provisions" list of this file',
    );
  });

  it('fails when the same provision is explained twice', async () => {
    const ctx = await ruleContext('il-trust-act');
    const once = { props: { at: '15(b)' }, locals: { ruleContext: ctx } };
    await renderDom(Provision, once);
    await expect(renderDom(Provision, once)).rejects.toThrow(/<Provision at="15\(b\)"> appears more than once/);
  });

  it('says where the earlier text of a reused number went, with a link', async () => {
    const ctx = await ruleContext('cpd-s06-14-03');
    const doc = await renderDom(Provision, { props: { at: 'I-C' }, locals: { ruleContext: ctx } });
    const note = doc.querySelector('.provision-moved')!;
    expect(note.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Before the version of February 23, 2021, this number held other text. For that, see CPD S06-14-03 (2021), Item I-B.',
    );
    expect(note.querySelector('a')?.getAttribute('href')).toBe('#I-B');
    expect(note.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('says when the earlier text of a reused number was dropped, and prints no note otherwise', async () => {
    const ctx = await ruleContext('cpd-s06-14-03');
    const data = { ...ctx.rule.data, provisions: ctx.rule.data.provisions.map((p) => (p.at === 'I-C' ? { ...p, moved: { on: '2021-02-23' } } : p)) };
    const doc = await renderDom(Provision, { props: { at: 'I-C' }, locals: { ruleContext: { rule: { ...ctx.rule, data }, rendered: new Set() } } });
    expect(doc.querySelector('.provision-moved')?.textContent?.trim()).toBe(
      'Before the version of February 23, 2021, this number held other text, which that version left out.',
    );
    expect((await renderProvision('15(e)')).doc.querySelector('.provision-moved')).toBeNull();
  });

  it('fails outside a rule page', async () => {
    await expect(renderDom(Provision, { props: { at: '15' } })).rejects.toThrow(/can only be used inside a rule's MDX file/);
  });
});
