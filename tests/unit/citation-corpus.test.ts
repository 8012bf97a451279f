/**
 * The citation corpus (tests/fixtures/citation-corpus.yaml): citations copied
 * exactly from real documents — court opinions, the General Assembly's pages,
 * council records, CPD and Inspector General pages, news in English and
 * Spanish, law firm alerts — each with where it must land on the site. Every
 * string runs through the lookup as a reader would paste it; at least 95 % must
 * land (the right provision where the site has it, otherwise the right rule),
 * and every string the site does not cover must be refused. The misses are printed.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, lookupCitation, placesOf, toCitableRules, type Lookup } from '../../src/lib/citation-index.ts';
import { loadSiteData } from '../../src/data/site-data.ts';
import { provisionId } from '../../src/lib/provision-id.ts';

interface Entry {
  text: string;
  lands: 'refuse' | string[];
  ambiguous?: boolean;
  note?: string;
}
interface Source {
  title: string;
  url: string | null;
  kind: string;
  lang?: string;
  entries: Entry[];
}

const corpus = yaml.load(readFileSync('tests/fixtures/citation-corpus.yaml', 'utf8')) as { sources: Source[] };
const site = await loadSiteData();
const indexes = {
  en: buildCitationIndex(toCitableRules(site.rulesByLang.en)),
  es: buildCitationIndex(toCitableRules(site.rulesByLang.es)),
};
const rules = new Map(site.rules.map((r) => [r.id, r]));

/** Where a lookup landed, written like the corpus: "rule#anchor" for a provision, "rule" for a rule or "no such provision". */
function landed(result: Lookup): string[] {
  return placesOf(result).map((r) => (r.kind === 'provision' ? `${r.ruleId}#${r.path.split('#')[1]}` : r.ruleId));
}

function verdict(entry: Entry, result: Lookup): boolean {
  const got = landed(result);
  if (entry.lands === 'refuse') return !placesOf(result).some((r) => r.kind === 'provision' || r.kind === 'rule');
  const want = [...entry.lands].sort();
  if (entry.ambiguous && !(result.kind === 'list' && result.ambiguous)) return false;
  return JSON.stringify([...new Set(got)].sort()) === JSON.stringify(want);
}

const all = corpus.sources.flatMap((s) => s.entries.map((e) => ({ ...e, source: s })));
const runs = all.map((e) => {
  const result = lookupCitation(e.source.lang === 'es' ? indexes.es : indexes.en, e.text);
  return { entry: e, result, ok: verdict(e, result) };
});

describe('the citation corpus', () => {
  it('holds at least 150 strings from real documents, each with its source, and some the site must refuse', () => {
    const real = all.filter((e) => e.source.kind !== 'invented');
    expect(real.length).toBeGreaterThanOrEqual(150);
    for (const e of real) {
      expect(e.source.url, e.text).toMatch(/^https?:\/\//);
      expect(e.source.title.length, e.text).toBeGreaterThan(5);
    }
    expect(all.filter((e) => e.lands === 'refuse').length).toBeGreaterThanOrEqual(30);
    expect(new Set(real.map((e) => e.source.kind))).toEqual(new Set(['ilga', 'court', 'ag', 'council', 'cpd', 'oig', 'news', 'law-firm', 'other']));
  });

  it('names only rules and provision anchors the site has', () => {
    for (const e of all) {
      if (e.lands === 'refuse') continue;
      for (const target of e.lands) {
        const [ruleId, anchor] = target.split('#');
        const rule = rules.get(ruleId);
        expect(rule, `${e.text}: ${ruleId}`).toBeDefined();
        if (anchor)
          expect(
            indexes.en.rules.get(ruleId)!.provisions.some((p) => target === `${ruleId}#${provisionId(p.at)}` && p.term === undefined),
            `${e.text}: ${target}`,
          ).toBe(true);
      }
    }
  });

  it('lands at least 95 % of the strings, and refuses every one the site does not cover', () => {
    const misses = runs.filter((r) => !r.ok);
    const rate = (runs.length - misses.length) / runs.length;
    const report = misses.map(
      (r) => `  ${JSON.stringify(r.entry.text)} → ${JSON.stringify(landed(r.result))} (want ${JSON.stringify(r.entry.lands)}) — ${r.entry.source.title}`,
    );
    console.log(
      `citation corpus: ${runs.length - misses.length}/${runs.length} land (${(rate * 100).toFixed(1)} %)${misses.length ? `; misses:\n${report.join('\n')}` : ''}`,
    );
    const wronglyLanded = runs.filter((r) => r.entry.lands === 'refuse' && !r.ok);
    expect(
      wronglyLanded.map((r) => r.entry.text),
      'strings the site must refuse',
    ).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
