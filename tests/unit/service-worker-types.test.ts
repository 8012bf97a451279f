/**
 * The service worker is type checked with the webworker library, in its own
 * program (src/service-worker/tsconfig.json): its types clash with the DOM
 * types the rest of the site is checked with, so `astro check` cannot see it.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

describe('src/service-worker/sw.ts', () => {
  it('type checks against the webworker library, with the shared modules it imports', () => {
    const configPath = 'src/service-worker/tsconfig.json';
    const { config, error } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
    if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, 'src/service-worker');
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
    // The shared modules are part of the program, so a change there that breaks the worker fails here.
    expect(
      program
        .getSourceFiles()
        .map((f) => f.fileName)
        .filter((f) => f.includes('src/lib/')),
    ).toEqual(expect.arrayContaining([expect.stringContaining('offline-copy.ts'), expect.stringContaining('offline-manifest.ts')]));
  }, 60_000);
});
