/**
 * What <Provision>, <Cite> and <SourceLink> need to know while one rule's MDX
 * renders. <RuleBody> puts it on Astro.locals before rendering its slot and
 * checks afterwards that every declared provision was explained exactly once.
 */
import type { Rule } from '../lib/rules.ts';

export interface RuleRenderContext {
  /** The rule whose body is rendering. */
  rule: Rule;
  /** Keys of the provisions rendered so far (see provisionKey). */
  rendered: Set<string>;
}

/** Where to point a content error: the MDX file when inside a rule, else the page. */
export function errorLocation(ctx: RuleRenderContext | undefined, pathname: string): string {
  return ctx ? ctx.rule.filePath : `the page ${pathname}`;
}
