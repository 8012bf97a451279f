/**
 * The guide template, checked on the MDX tree: a resident must meet the
 * actions first, so every guide's body is, at its top level and in this order,
 *
 *   <RightNow>   a list of three to five actions
 *   <If title="If …">   zero or more situations
 *   <Why>        what the rules say, with citations
 *   <ReportIt>   where to complain
 *
 * and a translation has the same sections, the same number of actions and the
 * same situations, in the same order.
 */
import { attribute, isBlockElement, parseMdx, type RootContent } from './mdx-tree.ts';

export interface StructureIssue {
  /** Where in the body (line of the MDX body, after the frontmatter). */
  line: number;
  message: string;
}

/** What a guide body is made of: the sections in order, the number of actions and each situation's title. */
export interface GuideOutline {
  sections: string[];
  actions: number;
  situations: string[];
}

const ORDER = ['RightNow', 'If', 'Why', 'ReportIt'];
const MIN_ACTIONS = 3;
const MAX_ACTIONS = 5;

/** Ignorable at the top level: blank text and ESM (imports are not used in guides, but harmless). */
function isIgnorable(node: RootContent): boolean {
  return node.type === 'mdxjsEsm' || (node.type === 'html' && node.value.trim().startsWith('<!--'));
}

export function outlineGuide(body: string): { outline: GuideOutline; issues: StructureIssue[] } {
  const issues: StructureIssue[] = [];
  const outline: GuideOutline = { sections: [], actions: 0, situations: [] };
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; message: string };
    return { outline, issues: [{ line: e.line ?? 1, message: `not valid MDX: ${e.message}` }] };
  }
  let last = -1;
  for (const node of tree.children) {
    if (isIgnorable(node)) continue;
    const line = node.position?.start.line ?? 1;
    const name = isBlockElement(node) ? (node.name ?? '') : '';
    const rank = ORDER.indexOf(name);
    if (rank === -1) {
      issues.push({
        line,
        message: `everything in a guide goes inside <RightNow>, <If title="…">, <Why> or <ReportIt>; found ${describe(node)} at the top level`,
      });
      continue;
    }
    if (rank < last || (rank === last && name !== 'If')) {
      issues.push({
        line,
        message: `<${name}> is out of place: the order is <RightNow>, then any <If>, then <Why>, then <ReportIt>, each once (only <If> repeats)`,
      });
    }
    last = Math.max(last, rank);
    outline.sections.push(name);
    if (name === 'If') {
      const title = isBlockElement(node) ? attribute(node, 'title') : undefined;
      if (!title) issues.push({ line, message: '<If> needs a title="If …" naming the situation' });
      outline.situations.push(title ?? '');
    }
    if (name === 'RightNow' && isBlockElement(node)) {
      const lists = node.children.filter((c) => c.type === 'list');
      if (lists.length !== 1 || node.children.some((c) => c.type !== 'list')) {
        issues.push({ line, message: '<RightNow> holds exactly one list of actions, and nothing else' });
      }
      outline.actions = lists[0]?.type === 'list' ? lists[0].children.length : 0;
      if (outline.actions < MIN_ACTIONS || outline.actions > MAX_ACTIONS) {
        issues.push({ line, message: `<RightNow> lists ${outline.actions} actions; give ${MIN_ACTIONS} to ${MAX_ACTIONS}` });
      }
    }
  }
  for (const required of ['RightNow', 'Why', 'ReportIt']) {
    if (!outline.sections.includes(required)) issues.push({ line: 1, message: `the guide has no <${required}> section` });
  }
  return { outline, issues };
}

/** Differences between a translation's outline and its English guide's. */
export function compareOutlines(english: GuideOutline, translated: GuideOutline): string[] {
  const problems: string[] = [];
  if (english.sections.join(' ') !== translated.sections.join(' ')) {
    problems.push(`has the sections ${translated.sections.join(', ')}; the English guide has ${english.sections.join(', ')}`);
  }
  if (english.actions !== translated.actions) problems.push(`lists ${translated.actions} actions in <RightNow>; the English guide lists ${english.actions}`);
  return problems;
}

function describe(node: RootContent): string {
  if (node.type === 'mdxJsxFlowElement') return `<${node.name ?? ''}>`;
  if (node.type === 'heading') return 'a heading';
  if (node.type === 'paragraph') return 'a paragraph';
  if (node.type === 'list') return 'a list';
  return `a ${node.type}`;
}
