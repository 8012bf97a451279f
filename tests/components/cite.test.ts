import { describe, expect, it } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import { renderDom, ruleContext } from '../helpers/container.ts';

async function link(props: Record<string, string>) {
  const doc = await renderDom(Cite, { props, path: '/' });
  const a = doc.querySelector('a.cite');
  return { text: a?.textContent, href: a?.getAttribute('href') };
}

describe('<Cite>', () => {
  it('links a pinpoint citation to the provision anchor', async () => {
    expect(await link({ rule: 'il-trust-act', at: '15(a)' })).toEqual({ text: '5 ILCS 805/15(a)', href: '/rules/il-trust-act/#15-a' });
  });

  it('cites a whole rule by its canonical citation', async () => {
    expect(await link({ rule: 'il-trust-act' })).toEqual({ text: '5 ILCS 805', href: '/rules/il-trust-act/' });
  });

  it('cites a defined term', async () => {
    expect(await link({ rule: 'il-trust-act', at: '10', term: 'immigration detainer' })).toEqual({
      text: '5 ILCS 805/10 (definition of “immigration detainer”)',
      href: '/rules/il-trust-act/#10-immigration-detainer',
    });
  });

  it('fails for a rule that does not exist, naming the reference and where it was used', async () => {
    await expect(link({ rule: 'il-trust-akt', at: '15' })).rejects.toThrow(
      'Broken cross-reference in the page /: <Cite rule="il-trust-akt" at="15" />: there is no rule "il-trust-akt"',
    );
  });

  it('fails for a provision that does not exist, naming the MDX file it was used in', async () => {
    const ctx = await ruleContext('il-trust-act');
    await expect(renderDom(Cite, { props: { rule: 'il-trust-act', at: '20' }, locals: { ruleContext: ctx } })).rejects.toThrow(
      'Broken cross-reference in content/rules/il-trust-act.mdx: <Cite rule="il-trust-act" at="20" />: content/rules/il-trust-act.mdx declares no provision "20"',
    );
  });

  it('fails for a term without its section', async () => {
    await expect(link({ rule: 'il-trust-act', term: 'immigration detainer' })).rejects.toThrow(/a term needs the section/);
  });
});
