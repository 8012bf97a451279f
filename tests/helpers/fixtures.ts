/** Small valid content objects for unit tests; each test breaks exactly one thing. */
import type { Rule } from '../../src/lib/rules.ts';
import type { Source } from '../../src/schemas/source.ts';

export function validRuleData(): Record<string, unknown> {
  return {
    title: 'Example Act',
    shortTitle: 'Example',
    kind: 'statute',
    jurisdiction: 'illinois',
    citation: '5 ILCS 999',
    pinpoint: '5 ILCS 999/{at}',
    aliases: ['Example Act'],
    appliesTo: 'Illinois police.',
    status: { value: 'in-force', asOf: '2026-01-01' },
    history: [{ date: '2020-01-01', event: 'enacted', summary: 'Passed.', source: 'official-999', verification: 'official' }],
    sources: ['official-999'],
    lastReviewed: '2026-11-26',
    summary: 'A short summary.',
    related: [],
    provisions: [
      { at: '1', heading: 'Name', verification: 'official' },
      { at: '15', heading: 'Rules', verification: 'official' },
      { at: '15(a)', heading: 'First rule', verification: 'official' },
      { at: '15(a)(1)', heading: 'Detail', verification: 'secondary', source: 'news-999' },
    ],
  };
}

export function source(id: string, official: boolean): Source {
  return { id, title: id, publisher: 'Publisher', url: `https://example.gov/${id}`, official, checked: '2026-11-26', checkedVia: 'archive' };
}

export function sourceMap(...list: Source[]): Map<string, Source> {
  return new Map(list.map((s) => [s.id, s]));
}

export function rule(id: string, data: Record<string, unknown>): Rule {
  return { id, filePath: `content/rules/${id}.mdx`, data: data as unknown as Rule['data'] };
}
