/**
 * findCitations: every citation in a pasted paragraph, with its span and where
 * it lands. Real paragraphs from tests/fixtures/citation-paragraphs.yaml, run
 * against the site's own index, then the edge cases on a small synthetic index.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, placesOf, toCitableRules, type CitableRule, type Lookup } from '../../src/lib/citation-index.ts';
import { findCitations } from '../../src/lib/citation-scan.ts';
import { loadSiteData } from '../../src/data/site-data.ts';

interface Paragraph {
  title: string;
  url: string;
  lang: 'en' | 'es';
  text: string;
  finds: { text: string; lands: 'refuse' | string[] }[];
}

const { paragraphs } = yaml.load(readFileSync('tests/fixtures/citation-paragraphs.yaml', 'utf8')) as { paragraphs: Paragraph[] };
const site = await loadSiteData();
const indexes = {
  en: buildCitationIndex(toCitableRules(site.rulesByLang.en)),
  es: buildCitationIndex(toCitableRules(site.rulesByLang.es)),
};

const landed = (result: Lookup) => placesOf(result).map((r) => (r.kind === 'provision' ? `${r.ruleId}#${r.path.split('#')[1]}` : r.ruleId));

describe('names in everyday words', () => {
  it('finds one between quotation marks, and leaves the same words alone in running text', () => {
    const quoted = findCitations('La orden ejecutiva “ICE bajo aviso” de la alcaldía de Chicago.', indexes.es);
    expect(quoted.map((c) => landed(c.result))).toEqual([['chicago-eo-2026-01']]);
    expect(findCitations('Viven con ICE bajo aviso desde enero.', indexes.es)).toEqual([]);
  });
});

describe('findCitations on real paragraphs', () => {
  it('has at least three paragraphs, each with its source', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    for (const p of paragraphs) expect(p.url).toMatch(/^https?:\/\//);
  });

  it.each(paragraphs.map((p) => [p.title, p] as const))('%s', (_title, p) => {
    const found = findCitations(p.text, indexes[p.lang]);
    expect(found.map((f) => f.text)).toEqual(p.finds.map((f) => f.text));
    for (const [i, f] of found.entries()) {
      expect(p.text.slice(f.start, f.end)).toBe(f.text);
      const want = p.finds[i].lands;
      if (want === 'refuse') {
        expect(f.covered, f.text).toBe(false);
        expect(f.result).toEqual({ kind: 'none' });
      } else {
        expect(f.covered, f.text).toBe(true);
        expect(landed(f.result), f.text).toEqual(want);
      }
    }
  });

  it('reads a page of text in a few milliseconds', () => {
    const page = paragraphs.map((p) => p.text).join('\n\n');
    findCitations(page, indexes.en);
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) findCitations(page, indexes.en);
    // A generous bound for a shared test machine; typically well under 1 ms per paragraph.
    expect((performance.now() - t0) / 20).toBeLessThan(100);
  });
});

const prov = (...ats: string[]) => ats.map((at) => ({ at, heading: `heading ${at}` }));
const rules: CitableRule[] = [
  {
    id: 'trust',
    title: 'Illinois TRUST Act',
    shortTitle: 'TRUST Act',
    citation: '5 ILCS 805',
    pinpoint: '5 ILCS 805/{at}',
    aliases: ['IL TRUST Act', 'Public Act 100-463'],
    provisions: prov('10', '15', '15(a)', '15(e)', '15(g)', '15(g)(1)', '15(g)(2)'),
  },
  {
    id: 'wco',
    title: 'Chicago Welcoming City Ordinance',
    shortTitle: 'Welcoming City Ordinance',
    citation: 'Chicago Municipal Code ch. 2-173',
    pinpoint: 'MCC § {at}',
    aliases: ['WCO', 'O2021-117'],
    provisions: prov('2-173-020', '2-173-020(c)', '2-173-069', '2-173-069(a)', '2-173-069(b)'),
  },
  {
    id: 'g',
    title: '287(g) agreements',
    shortTitle: '287(g)',
    citation: '8 U.S.C. § 1357(g)',
    pinpoint: '8 U.S.C. § {at}',
    aliases: ['INA 287(g)'],
    provisions: prov('1357', '1357(g)'),
  },
  {
    id: 'forms',
    title: 'ICE forms',
    shortTitle: 'ICE forms',
    citation: 'DHS forms',
    pinpoint: 'DHS Form {at}',
    aliases: ['Form I-247A'],
    provisions: prov('I-200', 'I-247A'),
  },
  {
    id: 'v1',
    title: 'United States v. Illinois (2025)',
    shortTitle: 'U.S. v. Illinois',
    citation: 'United States v. Illinois, No. 1:25-cv-01285 (N.D. Ill.)',
    aliases: ['United States v. Illinois', '1:25-cv-01285'],
    provisions: [],
  },
  {
    id: 'v2',
    title: 'United States v. Illinois (courthouses)',
    shortTitle: 'U.S. v. Illinois (courts)',
    citation: 'United States v. Illinois (Dec. 2025)',
    aliases: ['United States v. Illinois'],
    provisions: [],
  },
];
const index = buildCitationIndex(rules);
const scan = (text: string) => findCitations(text, index).map((f) => `${f.text} → ${f.covered ? landed(f.result).join(' + ') : 'not covered'}`);

describe('findCitations: what counts as a citation', () => {
  it('reports citations the site does not cover, and bare numbers only when the site has them', () => {
    expect(scan('under 8 U.S.C. § 1226 and 8 U.S.C. § 1357(g), see 2-173-020 and 2-32-010 and I-290')).toEqual([
      '8 U.S.C. § 1226 → not covered',
      '8 U.S.C. § 1357(g) → g#1357-g',
      '2-173-020 → wco#2-173-020',
    ]);
  });

  it('finds a rule by its name, and a section written around the name', () => {
    expect(scan('Section 15(e) of the Illinois TRUST Act bars questions; the TRUST Act § 10 defines terms.')).toEqual([
      'Section 15(e) of the Illinois TRUST Act → trust#15-e',
      'TRUST Act § 10 → trust#10',
    ]);
  });

  it('does not take a longer name that ends in a rule’s name for the rule', () => {
    expect(scan('The Public Use Trust Act and the California TRUST Act are other laws; a trust act is not a name.')).toEqual([]);
  });

  it('keeps neighbouring citations of one rule together, at the most precise place', () => {
    expect(scan('Pursuant to Section 2-173-020(c) of Chapter 2-173 of the Municipal Code of Chicago (the “Welcoming City Ordinance”), …')).toEqual([
      'Section 2-173-020(c) of Chapter 2-173 of the Municipal Code of Chicago (the “Welcoming City Ordinance → wco#2-173-020-c',
    ]);
    expect(scan('See MCC § 2-173-069(a) and MCC § 2-173-069(b).')).toEqual(['MCC § 2-173-069(a) → wco#2-173-069-a', 'MCC § 2-173-069(b) → wco#2-173-069-b']);
  });

  it('lists both rules for a name they share, unless a docket number next to it says which', () => {
    expect(scan('United States v. Illinois was dismissed.')).toEqual(['United States v. Illinois → v1 + v2']);
    expect(scan('United States v. Illinois, No. 1:25-cv-01285 (N.D. Ill.)')).toEqual(['United States v. Illinois, No. 1:25-cv-01285 → v1']);
  });

  it('reads each item of a list', () => {
    expect(scan('5 ILCS 805 5/15(g)(1), (2)')).toEqual(['5 ILCS 805 5/15(g)(1) → trust#15-g-1', '(2) → trust#15-g-2']);
    expect(scan('Sections 1226 or 1357 of Title 8 of the United States Code')).toEqual([
      'Sections 1226 → not covered',
      '1357 of Title 8 of the United States Code → g#1357',
    ]);
  });

  it('gives offsets into the text as pasted, full-width characters and all', () => {
    const text = 'Ver ５ ＩＬＣＳ ８０５／１５（ｅ） y O2021-117.';
    const found = findCitations(text, index);
    expect(found.map((f) => [f.text, text.slice(f.start, f.end)])).toEqual([
      ['５ ＩＬＣＳ ８０５／１５（ｅ）', '５ ＩＬＣＳ ８０５／１５（ｅ）'],
      ['O2021-117', 'O2021-117'],
    ]);
    expect(landed(found[0].result)).toEqual(['trust#15-e']);
  });

  it('ignores numbers that are not citations', () => {
    expect(scan('Call 312.744.3334 or 1-800-529-7374; take I-290 to I-55; the vote was 41-8 on 12/14/2022; Rule 23(b).')).toEqual([]);
  });

  it('is safe on empty and hostile input', () => {
    expect(findCitations('', index)).toEqual([]);
    expect(findCitations(undefined as unknown as string, index)).toEqual([]);
    expect(scan('<script>alert("5 ILCS 805/15")</script>')).toEqual(['5 ILCS 805/15 → trust#15']);
    expect(findCitations('§'.repeat(10000) + '(a)'.repeat(5000), index)).toEqual([]);
  });
});
