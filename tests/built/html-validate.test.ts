/**
 * Every built page is valid HTML by html-validate's recommended rules (with
 * the three deliberate choices in .htmlvalidate.mjs): zero errors.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('is configured from .htmlvalidate.mjs, and catches a real error', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"></p></body></html>',
      'dist/example.html',
    );
    expect(report.valid).toBe(false);
    expect(report.results[0].messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });
});

describe.each(builtPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('has no html-validate errors', async () => {
    const report = await validator.validateString(page.html, page.file);
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
