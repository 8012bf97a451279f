import { describe, expect, it } from 'vitest';
import RuleBodyHarness from './harness/RuleBodyHarness.astro';
import { provisionId } from '../../src/lib/provision-id.ts';
import { loadSiteData } from '../../src/data/site-data.ts';
import { renderDom } from '../helpers/container.ts';

describe('<RuleBody> with the real TRUST Act page', async () => {
  const { rulesById } = await loadSiteData();
  const rule = rulesById.get('il-trust-act')!;

  it('renders every declared provision exactly once, under its permanent anchor', async () => {
    const doc = await renderDom(RuleBodyHarness, { props: { rule } });
    for (const p of rule.data.provisions) {
      const id = provisionId(p.at, p.term);
      expect(doc.querySelectorAll(`[id="${id}"]`), `#${id}`).toHaveLength(1);
    }
  });

  it('covers every section of 5 ILCS 805 we know of: 1, 5, 10, 15, 25 and 30', async () => {
    const doc = await renderDom(RuleBodyHarness, { props: { rule } });
    const sections = [...doc.querySelectorAll('h3.provision-heading')].map((h) => h.id);
    expect(sections).toEqual(['1', '5', '10', '15', '25', '30']);
  });

  it('fails the build, naming the file and entry, when a declared provision is never explained', async () => {
    const extra = { ...rule, data: { ...rule.data, provisions: [...rule.data.provisions, { at: '35', heading: 'New', verification: 'official' as const }] } };
    await expect(renderDom(RuleBodyHarness, { props: { rule: extra } })).rejects.toThrow(
      `content/rules/il-trust-act.mdx: declared but never explained in the body: provisions[${rule.data.provisions.length}] "35"`,
    );
  });
});
