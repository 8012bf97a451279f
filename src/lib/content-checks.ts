/**
 * Checks that span more than one file: every source a rule, provision or
 * history entry points to must exist in the source registry, every rule must
 * rely on at least one official source, and `related` must name real rules. Schema checks on a single file
 * live in src/schemas/. Each problem names the file and the field.
 */
import type { Rule } from './rules.ts';
import type { Source } from '../schemas/source.ts';

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function checkContent(rules: Rule[], sources: Map<string, Source>, registryFile: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (sources.size === 0) {
    issues.push({ file: registryFile, field: '(file)', message: 'the source registry is empty or could not be read (is it valid YAML?)' });
  }
  const ruleIds = new Set(rules.map((r) => r.id));
  for (const rule of rules) {
    const add = (field: string, message: string) => issues.push({ file: rule.filePath, field, message });
    const listed = new Set(rule.data.sources);
    rule.data.sources.forEach((id, i) => {
      if (!sources.has(id)) add(`sources[${i}]`, `no source "${id}" in ${registryFile}`);
    });
    if (!rule.data.sources.some((id) => sources.get(id)?.official)) {
      add('sources', 'no official source: list at least one source whose registry entry has official: true');
    }
    const mustBeListed = (field: string, id: string) => {
      if (!sources.has(id)) add(field, `no source "${id}" in ${registryFile}`);
      else if (!listed.has(id)) add(field, `source "${id}" is used here but missing from this rule's sources list`);
    };
    rule.data.provisions.forEach((p, i) => p.source && mustBeListed(`provisions[${i}].source`, p.source));
    rule.data.related.forEach((id, i) => {
      if (id === rule.id) add(`related[${i}]`, 'a rule cannot be related to itself');
      else if (!ruleIds.has(id)) add(`related[${i}]`, `there is no rule "${id}"`);
    });
    rule.data.history.forEach((h, i) => mustBeListed(`history[${i}].source`, h.source));
  }
  return issues;
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `  ${i.file} → ${i.field}: ${i.message}`).join('\n');
}
