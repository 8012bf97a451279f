/** Replacements for plain HTML elements in MDX content, shared by every view that renders MDX. */
import ScrollTable from './ScrollTable.astro';

export const htmlElements = { table: ScrollTable };
