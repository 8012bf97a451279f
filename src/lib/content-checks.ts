/**
 * Checks that span more than one file: every source a rule, provision or
 * history entry points to must exist in the source registry, every rule must
 * rely on at least one official source, and `related` must name real rules. Schema checks on a single file
 * live in src/schemas/. Each problem names the file and the field.
 */
import { provisionKey } from './provision-id.ts';
import { findProvision, type Rule } from './rules.ts';
import { lintInlineComponents } from './mdx-lint.ts';
import type { Contact } from '../schemas/contact.ts';
import type { CrosswalkTopic } from '../schemas/crosswalk.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
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

/** A glossary entry as loaded: its id, the file it came from, and its data. */
export interface LoadedGlossaryEntry {
  id: string;
  filePath: string;
  data: GlossaryEntry;
}

/** A reference to a rule and, optionally, one of its provisions, checked; returns the problem or null. */
function refProblem(byId: Map<string, Rule>, ref: { rule: string; at?: string; term?: string }): string | null {
  const rule = byId.get(ref.rule);
  if (!rule) return `there is no rule "${ref.rule}"`;
  if (ref.at !== undefined && !findProvision(rule, ref.at, ref.term)) {
    return `${rule.filePath} declares no provision "${ref.at}"${ref.term ? ` with term "${ref.term}"` : ''}`;
  }
  return null;
}

/**
 * Every glossary reference must point to a declared provision, and every term
 * a rule defines (a provision with `term`) must have a glossary entry.
 */
export function checkGlossary(entries: LoadedGlossaryEntry[], rules: Rule[], allowMissingSpanish = false): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!allowMissingSpanish) {
    for (const entry of entries)
      if (!entry.data.es) issues.push({ file: entry.filePath, field: `${entry.id}.es`, message: 'the entry has no Spanish translation' });
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  const covered = new Set<string>();
  for (const entry of entries) {
    entry.data.refs.forEach((ref, j) => {
      const problem = refProblem(byId, ref);
      if (problem) issues.push({ file: entry.filePath, field: `${entry.id}.refs[${j}]`, message: problem });
      else covered.add(`${ref.rule}|${provisionKey(ref.at, ref.term)}`);
    });
  }
  for (const rule of rules) {
    rule.data.provisions.forEach((p, i) => {
      if (p.term !== undefined && rule.data.lang === 'en' && !covered.has(`${rule.id}|${provisionKey(p.at, p.term)}`)) {
        issues.push({
          file: rule.filePath,
          field: `provisions[${i}].term`,
          message: `the defined term "${p.term}" has no glossary entry in content/glossary/`,
        });
      }
    });
  }
  return issues;
}

/** A crosswalk topic as loaded. */
export interface LoadedCrosswalkTopic {
  id: string;
  filePath: string;
  data: CrosswalkTopic;
}

/** Every crosswalk citation must point to a rule and, if given, a declared provision. */
export function checkCrosswalk(topics: LoadedCrosswalkTopic[], rules: Rule[], allowMissingSpanish = false): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const topic of topics) {
    const missing = (field: string) => !allowMissingSpanish && issues.push({ file: topic.filePath, field, message: 'has no Spanish translation' });
    if (!topic.data.es) missing(`${topic.id}.es`);
    for (const [column, cell] of Object.entries(topic.data.cells)) {
      if (!cell.es && ('answer' in cell || cell.note !== undefined)) missing(`${topic.id}.cells.${column}.es`);
      if (!byId.has(column)) issues.push({ file: topic.filePath, field: `${topic.id}.cells.${column}`, message: `there is no rule "${column}"` });
      if (!('cites' in cell)) continue;
      cell.cites.forEach((cite, j) => {
        const problem = refProblem(byId, cite);
        if (problem) issues.push({ file: topic.filePath, field: `${topic.id}.cells.${column}.cites[${j}]`, message: problem });
      });
    }
  }
  return issues;
}

/** A contact as loaded. */
export interface LoadedContact {
  id: string;
  filePath: string;
  data: Contact;
  /** Its name, purpose and caveat in each language (English from the registry entry itself). */
  words: Map<string, { name: string; purpose: string; caveat?: string }>;
}

/** Every contact's `source` and `web` must be in the source registry, and the source must have been checked. */
export function checkContacts(contacts: LoadedContact[], sources: Map<string, Source>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const contact of contacts) {
    for (const field of ['source', 'web'] as const) {
      const id = contact.data[field];
      if (id === undefined) continue;
      if (!sources.has(id)) issues.push({ file: contact.filePath, field: `${contact.id}.${field}`, message: `there is no source "${id}" in content/sources/` });
      else if (field === 'source' && sources.get(id)!.checkedVia === 'unchecked') {
        issues.push({
          file: contact.filePath,
          field: `${contact.id}.source`,
          message: `source "${id}" is unchecked: publish a contact only after checking it against its source`,
        });
      }
    }
  }
  return issues;
}

/** Every card names only known contacts (which languages need a card: checkCoverage in translations.ts). */
export function checkCards(cards: { lang: string; filePath: string; contacts: string[] }[], contacts: Map<string, unknown>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const card of cards) {
    card.contacts.forEach((id, i) => {
      if (!contacts.has(id)) issues.push({ file: card.filePath, field: `contacts[${i}]`, message: `there is no contact "${id}" in content/contacts/` });
    });
  }
  return issues;
}

/** MDX bodies: no inline component alone on a line inside a paragraph (see src/lib/mdx-lint.ts). */
export function checkMdxBodies(files: { filePath: string; body: string }[]): ContentIssue[] {
  return files.flatMap((f) =>
    lintInlineComponents(f.body).map((issue) => ({ file: f.filePath, field: `body, line ${issue.line} after the frontmatter`, message: issue.message })),
  );
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `  ${i.file} → ${i.field}: ${i.message}`).join('\n');
}
