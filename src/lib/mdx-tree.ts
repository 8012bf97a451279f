/**
 * Parses an MDX body into its syntax tree (mdast with the MDX extensions), the
 * way the MDX compiler reads it, so content checks look at structure instead
 * of matching lines with regular expressions.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Root, RootContent } from 'mdast';
// The MDX node types (JSX elements, ESM) join mdast's content types through these modules' declarations.
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdxjs-esm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

export type { Root, RootContent };
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The tree of an MDX body; a body that is not valid MDX throws, with its line and column. */
export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** True for a JSX element written as a block (on its own lines), optionally with this name. */
export function isBlockElement(node: RootContent, name?: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && (name === undefined || node.name === name);
}

/** The value of a string attribute of a JSX element (`title="…"`), if it has one. */
export function attribute(node: JsxElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

/** The values of one attribute on every element of one name in an MDX body, in order, each once. */
export function elementAttributes(body: string, element: string, name: string): string[] {
  const found = new Set<string>();
  visit(parseMdx(body), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === element) {
      const value = attribute(node, name);
      if (value !== undefined) found.add(value);
    }
  });
  return [...found];
}

/** True when an MDX body has at least one element of this name (as a block or inline). */
export function hasElement(body: string, element: string): boolean {
  let found = false;
  visit(parseMdx(body), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === element) found = true;
  });
  return found;
}
