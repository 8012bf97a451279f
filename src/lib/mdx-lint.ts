/**
 * Catches an MDX trap that silently breaks a sentence: an inline component
 * (<Cite />, <SitePath>, <SourceLink>, <Unverified>) alone on its own line,
 * at the start of the line, between lines of the same paragraph. MDX then
 * ends the paragraph before the component and starts a new one after it, so
 * the citation floats between two broken halves of the sentence. (Inside a
 * list item, where the line is indented, MDX keeps it inline.)
 */
const INLINE = ['Cite', 'SitePath', 'SourceLink', 'Unverified'];
const ALONE = new RegExp(`^<(${INLINE.join('|')})\\b[^<>]*>$`);
/** A line that is part of a paragraph's running text (not blank, a heading, list, table, quote or block tag). */
const isProse = (line: string | undefined): boolean => line !== undefined && /^[^\s<#>|*+-]/.test(line) && !/^\d+\.\s/.test(line);

export interface MdxLintIssue {
  line: number;
  message: string;
}

export function lintInlineComponents(body: string): MdxLintIssue[] {
  const lines = body.split('\n');
  const issues: MdxLintIssue[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const match = ALONE.exec(line.trimEnd());
    if (!match) return;
    if (isProse(lines[i - 1]) || isProse(lines[i + 1])) {
      issues.push({
        line: i + 1,
        message: `<${match[1]}> is alone on its own line inside a paragraph, so MDX splits the sentence around it: put it on the same line as the text before or after it`,
      });
    }
  });
  return issues;
}
