import { describe, expect, it } from 'vitest';
import {
  checkAvoidLists,
  findForbidden,
  forbiddenIssues,
  languageFileSegments,
  mdxSegments,
  yamlSegments,
  type GlossaryTerms,
} from '../../src/lib/forbidden-terms.ts';

const glossary: GlossaryTerms[] = [
  {
    id: 'immigration-detainer',
    filePath: 'content/glossary/terms.yaml',
    data: {
      term: 'Immigration detainer',
      es: {
        term: 'Solicitud de retención de ICE',
        short: 'solicitud de retención',
        aliases: ['solicitudes de retención', 'detainer'],
        avoid: ['orden de detención', 'órdenes de detención'],
      },
    },
  },
  {
    id: 'administrative-warrant',
    filePath: 'content/glossary/terms.yaml',
    data: { term: 'Administrative warrant', es: { term: 'Orden administrativa', avoid: ['orden de ICE'] } },
  },
  {
    id: 'form-i-205',
    filePath: 'content/glossary/terms.yaml',
    data: { term: 'Form I-205', es: { term: 'Formulario I-205', aliases: ['orden de ICE para ejecutar una deportación'] } },
  },
];

const seg = (text: string, line = 1) => [{ file: 'content/es/guides/x.mdx', field: 'body', line, text }];

describe('findForbidden', () => {
  it('reports a forbidden rendering with file, line, field, the entry and what to write', () => {
    const [f, ...rest] = findForbidden(glossary, seg('Primera línea.\nICE mandó una orden de detención ayer.', 11));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      file: 'content/es/guides/x.mdx',
      line: 12,
      column: 15,
      field: 'body',
      found: 'orden de detención',
      entry: 'immigration-detainer',
      write: 'Solicitud de retención de ICE',
    });
    expect(forbiddenIssues([f])).toEqual([
      {
        file: 'content/es/guides/x.mdx',
        field: 'line 12, body',
        message:
          '"orden de detención": the glossary entry immigration-detainer says to write "Solicitud de retención de ICE" ("Immigration detainer") on first mention, then "solicitud de retención"',
      },
    ]);
  });

  it('ignores capitals and accents', () => {
    const found = findForbidden(glossary, seg('ORDEN DE DETENCION. Órdenes de Detención. ordenes de detencion.')).map((f) => f.found);
    expect(found).toEqual(['ORDEN DE DETENCION', 'Órdenes de Detención', 'ordenes de detencion']);
  });

  it('matches whole words only', () => {
    expect(findForbidden(glossary, seg('la contraorden de detenciones, subórdenes de detención'))).toEqual([]);
    expect(findForbidden(glossary, seg('la orden de detenciónes'))).toEqual([]);
  });

  it('finds a phrase broken over lines and reports the line where it starts', () => {
    const [f] = findForbidden(glossary, seg('uno\ndos por una orden de\n   detención de inmigración', 5));
    expect(f.line).toBe(6);
    expect(f.found).toBe('orden de detención');
  });

  it('allows a forbidden phrase inside a rendering the glossary approves', () => {
    expect(findForbidden(glossary, seg('El I-205 es una orden de ICE para ejecutar una deportación.'))).toEqual([]);
    expect(findForbidden(glossary, seg('Una orden de ICE que ningún juez firmó.')).map((f) => f.entry)).toEqual(['administrative-warrant']);
  });

  it('reports every occurrence, in order', () => {
    const lines = findForbidden(glossary, seg('orden de ICE\norden de detención\nórdenes de detención')).map((f) => [f.line, f.avoid]);
    expect(lines).toEqual([
      [1, 'orden de ICE'],
      [2, 'orden de detención'],
      [3, 'órdenes de detención'],
    ]);
  });

  it('finds nothing when the glossary forbids nothing', () => {
    expect(findForbidden([{ id: 'x', filePath: 'g.yaml', data: { term: 'X' } }], seg('orden de detención'))).toEqual([]);
  });
});

describe('checkAvoidLists', () => {
  it('rejects a rendering both approved and forbidden, or forbidden twice', () => {
    const bad: GlossaryTerms[] = [
      ...glossary,
      { id: 'dup', filePath: 'g.yaml', data: { term: 'Dup', es: { term: 'Algo', avoid: ['Orden de detencion', 'solicitud de retención'] } } },
    ];
    expect(checkAvoidLists(glossary)).toEqual([]);
    expect(checkAvoidLists(bad).map((i) => i.field)).toEqual(['dup.es.avoid[0]', 'dup.es.avoid[1]']);
    expect(checkAvoidLists(bad)[1].message).toContain('approved');
  });
});

describe('segments', () => {
  it('reads MDX frontmatter fields and the body with real line numbers', () => {
    const source =
      '---\ntitle: Una orden de detención\nenglishVersion: abc\nprovisions:\n  - at: "15(a)"\n    heading: >-\n      Sin orden de\n      detención\n---\n\nTexto con orden de detención.\n';
    const found = findForbidden(glossary, mdxSegments('content/es/rules/r.mdx', source)).map((f) => [f.line, f.field]);
    expect(found).toEqual([
      [2, 'frontmatter title'],
      [7, 'frontmatter provisions.15(a).heading'],
      [11, 'body'],
    ]);
  });

  it('reads only the es blocks of a glossary or crosswalk file, never the avoid list', () => {
    const source = [
      '- id: immigration-detainer',
      '  term: Orden de detención (English block, not checked)',
      '  es:',
      '    term: "Solicitud"',
      '    avoid: ["orden de detención"]',
      '    definition: >-',
      '      Un pedido, no una',
      '      orden de detención.',
      '- id: topic',
      '  es: { answer: "Por una orden de detención." }',
      '  cells:',
      '    trust:',
      '      answer: orden de detención',
      '      es: { answer: "Sin órdenes de detención" }',
    ].join('\n');
    const found = findForbidden(glossary, yamlSegments('content/glossary/t.yaml', source, { only: 'es' })).map((f) => [f.line, f.field]);
    expect(found).toEqual([
      [8, 'immigration-detainer.es.definition'],
      [10, 'topic.es'],
      [14, 'topic.cells.trust.es'],
    ]);
  });

  it('reads every field of a contacts file, named by id', () => {
    const source = '# comment\n- id: ag\n  name: Fiscalía\n  purpose: Para denunciar una orden de detención.\n';
    expect(findForbidden(glossary, yamlSegments('content/es/contacts.yaml', source)).map((f) => [f.line, f.field])).toEqual([[4, 'ag.purpose']]);
  });

  it('reads the strings of a language file, not its search words', () => {
    const source = [
      'export default {',
      "  meta: { code: 'es' },",
      '  strings: {',
      "    'search.example1': 'orden de detención',",
      "    'a': 'bien',",
      '  },',
      '  search: {',
      "    synonyms: [{ words: ['detainer'], alsoFor: ['orden de detención'] }],",
      '  },',
      '};',
    ].join('\n');
    expect(findForbidden(glossary, languageFileSegments('src/i18n/languages/es.ts', source)).map((f) => [f.line, f.field])).toEqual([
      [4, 'strings.search.example1'],
    ]);
  });
});
