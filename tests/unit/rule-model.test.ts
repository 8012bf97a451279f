/**
 * The rule model (src/lib/rule-model.ts): every derived fact of a provision,
 * computed once, and the errors <Provision>, <Cite> and <RuleBody> throw, as
 * plain unit tests. Then the real content: every provision of every rule has
 * an official address, and a sample of them are exactly the publishers'
 * section addresses.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../src/data/site-data.ts';
import { buildRuleModel, officialLink, provisionOf, resolveCite, resolveProvision, ruleModel, unexplained, type RuleModel } from '../../src/lib/rule-model.ts';
import { t } from '../../src/i18n/index.ts';
import { officialUrlFor, sectionOf } from '../../src/lib/provision-id.ts';
import { rule, source, sourceMap, validRuleData } from '../helpers/fixtures.ts';

const registry = sourceMap(source('official-999', true), source('news-999', false), source('official-998', true));
const example = rule('example', {
  ...validRuleData(),
  bluebook: '5 Ill. Comp. Stat. 999/{at}',
  sources: ['news-999', 'official-999', 'official-998'],
  provisions: [
    { at: '1', heading: 'Name', verification: 'official' },
    { at: '15', heading: 'Rules', verification: 'official', source: 'official-998' },
    { at: '15', term: 'Detainer', heading: 'A word', verification: 'official' },
    { at: '15(a)', heading: 'First rule', verification: 'official' },
    { at: '15(a)(1)', heading: 'Detail', verification: 'secondary', source: 'news-999' },
    { at: 'III', heading: 'x', verification: 'official' },
    { at: 'III-A', parent: 'III', heading: 'x', verification: 'official' },
  ],
});
const model = buildRuleModel(example, registry);
const p = (at: string, term?: string) => provisionOf(model, at, term)!;

describe('the model of a rule', () => {
  it('holds every provision, in order, by key', () => {
    expect(model.provisions.map((x) => x.key)).toEqual(['1', '15', '15|detainer', '15(a)', '15(a)(1)', 'III', 'III-A']);
    expect(provisionOf(model, '15(b)')).toBeUndefined();
    expect(p('15', 'detainer').entry.heading).toBe('A word');
  });

  it('gives each provision its anchor, parent, depth and path', () => {
    expect(p('15(a)(1)')).toMatchObject({ anchor: '15-a-1', parentKey: '15(a)', depth: 2, path: 'rules/example/#15-a-1' });
    expect(p('15', 'Detainer')).toMatchObject({ anchor: '15-detainer', parentKey: '15', depth: 1 });
    expect(p('III-A')).toMatchObject({ parentKey: 'III', depth: 1 });
    expect(p('1')).toMatchObject({ parentKey: null, depth: 0 });
    expect(model.path).toBe('rules/example/');
  });

  it('prints the citation, split for wrapping, and the Bluebook form', () => {
    expect(p('15(a)')).toMatchObject({ citation: '5 ILCS 999/15(a)', bluebook: '5 Ill. Comp. Stat. 999/15(a)' });
    expect(p('15', 'Detainer').citationParts).toEqual({ pinpoint: '5 ILCS 999/15', suffix: ' (definition of “Detainer”)' });
    expect(p('15', 'Detainer').bluebook).toBe('5 Ill. Comp. Stat. 999/15 (definition of “Detainer”)');
  });

  it('inherits the source of its text from the nearest provision above it, else the rule’s first official source', () => {
    expect(p('15(a)(1)').sourceId).toBe('news-999');
    expect(p('15(a)').sourceId).toBe('official-998');
    expect(p('15', 'Detainer').sourceId).toBe('official-998');
    expect(p('1')).toMatchObject({ textSourceId: undefined, sourceId: 'official-999' });
    expect(model.officialSourceId).toBe('official-999');
  });

  it('links each provision to the nearest official source, else the rule’s, and names an unofficial copy beside it', () => {
    expect(p('15(a)').official).toEqual({ url: 'https://example.gov/official-998', from: 'source', sourceId: 'official-998' });
    expect(p('1').official).toEqual({ url: 'https://example.gov/official-999', from: 'rule', sourceId: 'official-999' });
    // Read in a news copy: the official text of its section's source still comes first.
    expect(p('15(a)(1)')).toMatchObject({
      official: { from: 'source', sourceId: 'official-998' },
      copySourceId: 'news-999',
      copyUrl: 'https://example.gov/news-999',
    });
    expect(p('15(a)').copySourceId).toBeUndefined();
  });

  it('builds every official address from the rule’s pattern when it has one', () => {
    const patterned = buildRuleModel(
      rule('x', { ...example.data, officialUrl: { pattern: 'https://example.gov/code?s={section}', checkedVia: 'unchecked' } }),
      registry,
    );
    expect(provisionOf(patterned, '15(a)(1)')!.official).toEqual({ url: 'https://example.gov/code?s=15', from: 'pattern' });
    expect(provisionOf(patterned, '15', 'Detainer')!.official!.url).toBe('https://example.gov/code?s=15');
    expect(provisionOf(patterned, 'III-A')!.official!.url).toBe('https://example.gov/code?s=III-A');
    expect(provisionOf(patterned, '15(a)(1)')!.copySourceId).toBe('news-999');
  });

  it('says "definition of" in the reader’s language and links to the rule pages of that language', () => {
    const es = buildRuleModel(example, registry, { lang: 'es', definitionOf: 'definición de' });
    expect(provisionOf(es, '15', 'Detainer')!.citation).toBe('5 ILCS 999/15 (definición de “Detainer”)');
    expect(provisionOf(es, '15(a)')!.path).toBe('es/rules/example/#15-a');
  });

  it('is built once for each rule, registry and language', () => {
    expect(ruleModel(example, registry)).toBe(ruleModel(example, registry));
    expect(ruleModel(example, registry, { lang: 'es', definitionOf: 'definición de' })).not.toBe(ruleModel(example, registry));
  });
});

describe('official address patterns', () => {
  it('fill {section} with the part of the pinpoint before any parenthesis', () => {
    expect(sectionOf('15(e)')).toBe('15');
    expect(sectionOf('2-173-020(a)(4)')).toBe('2-173-020');
    expect(sectionOf('287.7(d)')).toBe('287.7');
    expect(officialUrlFor('https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K{section}', '22-105(b)')).toBe(
      'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K22-105',
    );
  });

  it('fall back to nothing only when the rule has no official source at all', () => {
    expect(officialLink(undefined, '1', undefined, undefined, registry)).toBeUndefined();
  });
});

describe('the checks of a body against its frontmatter', () => {
  const models = new Map<string, RuleModel>([['example', model]]);

  it('<Provision>: outside a rule, not declared, explained twice', () => {
    expect(resolveProvision(undefined, new Set(), { at: '15' }, '/guides/x/')).toEqual({
      ok: false,
      error: '<Provision at="15"> on /guides/x/ can only be used inside a rule\'s MDX file',
    });
    expect(resolveProvision(model, new Set(), { at: '15(z)' }, '/')).toEqual({
      ok: false,
      error: 'content/rules/example.mdx: <Provision at="15(z)"> is not declared in the frontmatter "provisions" list of this file',
    });
    expect(resolveProvision(model, new Set(['15|detainer']), { at: '15', term: 'Detainer' }, '/')).toEqual({
      ok: false,
      error: 'content/rules/example.mdx: <Provision at="15" term="Detainer"> appears more than once in the body',
    });
    expect(resolveProvision(model, new Set(), { at: '15(a)' }, '/')).toMatchObject({ ok: true, provision: { anchor: '15-a' } });
  });

  it('<Cite>: no such rule, a term without its section, no such provision', () => {
    const where = 'content/guides/x.mdx';
    expect(resolveCite(models, { rule: 'exampel', at: '1' }, where)).toEqual({
      ok: false,
      error: 'Broken cross-reference in content/guides/x.mdx: <Cite rule="exampel" at="1" />: there is no rule "exampel" (rules: example)',
    });
    expect(resolveCite(models, { rule: 'example', term: 'Detainer' }, where)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/a term needs the section it is defined in/),
    });
    expect(resolveCite(models, { rule: 'example', at: '16', term: 'x' }, where)).toEqual({
      ok: false,
      error:
        'Broken cross-reference in content/guides/x.mdx: <Cite rule="example" at="16" term="x" />: content/rules/example.mdx declares no provision "16" with term "x"',
    });
  });

  it('<Cite>: the citation and where it leads', () => {
    expect(resolveCite(models, { rule: 'example', at: '15(a)' }, 'x')).toMatchObject({
      ok: true,
      parts: { pinpoint: '5 ILCS 999/15(a)', suffix: '' },
      path: 'rules/example/#15-a',
    });
    expect(resolveCite(models, { rule: 'example' }, 'x')).toMatchObject({ ok: true, parts: { pinpoint: '5 ILCS 999', suffix: '' }, path: 'rules/example/' });
  });

  it('<RuleBody>: every declared provision explained', () => {
    const all = new Set(model.provisions.map((x) => x.key));
    expect(unexplained(model, all)).toBeNull();
    all.delete('15|detainer');
    all.delete('III');
    expect(unexplained(model, all)).toBe(
      'content/rules/example.mdx: declared but never explained in the body: provisions[2] "15" term "Detainer", provisions[5] "III". Add a <Provision at="…"> block for each, or remove it from the frontmatter.',
    );
  });
});

describe('the real rules', async () => {
  const site = await loadSiteData();

  it('are modelled once per build, in every language, with the same provisions', () => {
    for (const [lang, models] of Object.entries(site.models)) {
      expect([...models.keys()].sort(), lang).toEqual(site.rules.map((r) => r.id).sort());
      for (const m of models.values()) expect(m.provisions.map((x) => x.anchor)).toEqual(site.models.en.get(m.id)!.provisions.map((x) => x.anchor));
    }
    // What a page asks for is the model the site data built (in a build, loadSiteData runs once).
    const trust = site.ruleMaps.es.get('il-trust-act')!;
    expect(ruleModel(trust, site.sources, { lang: 'es', definitionOf: t('es', 'cite.definitionOf') })).toBe(site.models.es.get('il-trust-act'));
    expect(site.models.es.get('il-trust-act')!.factsFile).toBe('content/rules/il-trust-act.mdx');
  });

  it('give every provision an official address on an https or http page of its publisher', () => {
    for (const m of site.models.en.values()) {
      for (const x of m.provisions) expect(x.official?.url, `${m.id} ${x.key}`).toMatch(/^https?:\/\/\S+$/);
    }
  });

  // Each expected address is the publisher's own section address, as the source registry
  // (content/sources/) or an archived copy of the publisher's site shows it.
  it.each([
    ['il-trust-act', '25(a)(2)(A)', undefined, 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K25'],
    ['il-trust-act', '15(e)', undefined, 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K15'],
    ['il-trust-act', '10', 'civil immigration warrant', 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K10'],
    ['il-voices-act', '11(b)', undefined, 'https://ilga.gov/legislation/ilcs/documents/000508250K11.htm'],
    ['il-voices-act', '5', 'certifying agency', 'https://ilga.gov/legislation/ilcs/documents/000508250K5.htm'],
    ['il-safe-schools', '22-105(b)', 'law enforcement agent', 'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K22-105'],
    ['us-8-usc-1373', '1373(a)', undefined, 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1373&num=0&edition=prelim'],
    ['us-8-usc-1357g', '1357(g)(9)', undefined, 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1357&num=0&edition=prelim'],
    ['us-8-cfr-287-7', '287.7(d)', undefined, 'https://www.ecfr.gov/current/title-8/section-287.7'],
    ['chicago-welcoming-city', '2-173-020(a)(4)', undefined, 'https://codelibrary.amlegal.com/codes/chicago/latest/chicago_il/0-0-0-2605272'],
    ['chicago-welcoming-city', '2-173-030(b)', undefined, 'https://codelibrary.amlegal.com/codes/chicago/latest/chicago_il/0-0-0-2605290'],
    ['il-pa-104-0440', '10-15(a)(3)', undefined, 'https://lrb.ilga.gov/legislation/ilcs/documents/070500960K10-15.htm'],
    ['cpd-s06-14-03', 'IV-G-3', undefined, 'http://directives.chicagopolice.org/directives/data/a7a57b42-12ab41ab-48212-ab41-c1f5b5ad5c097076.html'],
    ['cpd-s02-06', 'G-1', undefined, 'http://directives.chicagopolice.org/directives/data/a7a57b85-16833454-2e616-8338-1fa34f52188abaf4.html?ownapi=1'],
  ])('%s %s %s links to %s', (id, at, term, url) => {
    expect(provisionOf(site.models.en.get(id)!, at, term)?.official?.url).toBe(url);
  });

  it('match the registry where it already records a section address', () => {
    const trust = site.models.en.get('il-trust-act')!;
    expect(provisionOf(trust, '25')!.official!.url).toBe(site.sources.get('ilga-5-ilcs-805-25')!.url);
    expect(provisionOf(site.models.en.get('il-voices-act')!, '11')!.official!.url).toBe(site.sources.get('ilga-5-ilcs-825-11')!.url);
    expect(provisionOf(site.models.en.get('us-8-usc-1373')!, '1373')!.official!.url).toBe(site.sources.get('uscode-8-usc-1373')!.url);
    expect(provisionOf(site.models.en.get('us-8-cfr-287-7')!, '287.7(a)')!.official!.url).toBe(site.sources.get('ecfr-8-cfr-287-7')!.url);
  });
});
