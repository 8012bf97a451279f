/**
 * Catches an MDX trap that silently breaks a sentence: an inline component
 * (<Cite />, <SitePath>, <SourceLink>, <Unverified>) written alone on its own
 * line, right against the lines of a paragraph. MDX then reads it as a block:
 * it ends the paragraph before the component and starts a new one after it, so
 * the citation floats between two broken halves of the sentence.
 *
 * Read on the MDX syntax tree (src/lib/mdx-tree.ts), the way the MDX compiler
 * reads the body: the trap is a block JSX element (mdxJsxFlowElement) of an
 * inline component that touches a paragraph: on the line just before or after
 * it, or (an opening tag alone on its line) inside it on the next line. In a
 * tight list item the pieces stay on one line of the rendered list (no
 * paragraphs), so lists are left alone unless they are loose.
 */
import type { ListItem, Parent, RootContent } from 'mdast';
import { parseMdx } from './mdx-tree.ts';

const INLINE = new Set(['Cite', 'Deadline', 'SitePath', 'SourceLink', 'Unverified']);

export interface MdxLintIssue {
  /** Line of the body (after the frontmatter), 1-based. */
  line: number;
  /** Column of that line, 1-based. */
  column: number;
  message: string;
}

const line = (node: RootContent | undefined, end: 'start' | 'end') => node?.position?.[end].line;

/** True when a paragraph sits right against the element, with no blank line between. */
function touchesParagraph(node: RootContent & Parent, before: RootContent | undefined, after: RootContent | undefined): boolean {
  const start = line(node, 'start')!;
  const end = line(node, 'end')!;
  const first = node.children[0];
  return (
    (before?.type === 'paragraph' && line(before, 'end') === start - 1) ||
    (after?.type === 'paragraph' && line(after, 'start') === end + 1) ||
    (first?.type === 'paragraph' && line(first, 'start') === start + 1)
  );
}

/**
 * A block element starts its line (after indentation, a quote or a list marker): a body with no
 * such line cannot hold the trap, and is not parsed (most generated and many real bodies).
 */
const CANDIDATE = new RegExp(`^[ \\t>*+\\-\\d.)]*<(?:${[...INLINE].join('|')})\\b`, 'm');

/**
 * Results by body text. In development the site data (and so this check) is loaded again for
 * every component that asks for it; an unchanged body is not parsed again.
 */
const checked = new Map<string, readonly MdxLintIssue[]>();
const CACHE_LIMIT = 2000;

export function lintInlineComponents(body: string): readonly MdxLintIssue[] {
  let issues = checked.get(body);
  if (!issues) {
    issues = lint(body);
    if (checked.size >= CACHE_LIMIT) checked.clear();
    checked.set(body, issues);
  }
  return issues;
}

function lint(body: string): MdxLintIssue[] {
  if (!CANDIDATE.test(body)) return [];
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return [{ line: e.line ?? 1, column: e.column ?? 1, message: `not valid MDX: ${e.reason ?? e.message}` }];
  }
  const issues: MdxLintIssue[] = [];
  const walk = (parent: Parent, tight: boolean) => {
    parent.children.forEach((node, i) => {
      if (
        node.type === 'mdxJsxFlowElement' &&
        INLINE.has(node.name ?? '') &&
        !tight &&
        touchesParagraph(node, parent.children[i - 1], parent.children[i + 1])
      ) {
        issues.push({
          line: node.position!.start.line,
          column: node.position!.start.column,
          message: `<${node.name}> is alone on its own line inside a paragraph, so MDX splits the sentence around it: put it on the same line as the text before or after it`,
        });
      }
      if (!('children' in node)) return;
      // A list item renders without paragraphs unless the list is loose (blank lines between its parts).
      const looseList = node.type === 'list' && (node.spread === true || node.children.some((item) => (item as ListItem).spread === true));
      walk(node, node.type === 'listItem' ? tight : node.type === 'list' ? !looseList : false);
    });
  };
  walk(tree, false);
  return issues;
}
