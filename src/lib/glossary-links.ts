/**
 * Links defined terms in a rule's rendered text to their glossary entries:
 * the first time each term appears on the page, outside headings, links and
 * the provision that defines it. Works on the HTML string with a real HTML
 * parser (linkedom), never with regular expressions over markup.
 */
import { parseHTML } from 'linkedom';

export interface LinkableTerm {
  /** Glossary anchor id. */
  id: string;
  /** The term and its other forms, as they may appear in text. */
  forms: string[];
  /** Anchor ids of the provisions that define the term on this page: no link inside them. */
  definedAt?: string[];
}

const SKIP = new Set(['A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CODE', 'SCRIPT', 'STYLE', 'BUTTON']);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function linkGlossaryTerms(html: string, terms: LinkableTerm[], href: (id: string) => string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="glossary-root">${html}</div></body></html>`);
  const root = document.getElementById('glossary-root')!;
  // Longest forms first, so "civil immigration warrant" wins over "warrant".
  const forms = terms.flatMap((t) => t.forms.map((form) => ({ term: t, form }))).sort((a, b) => b.form.length - a.form.length);
  const done = new Set<string>();

  const insideSkipped = (node: Node, definedAt: string[] = []): boolean => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      if (SKIP.has(el.tagName) || el.classList.contains('provision-meta')) return true;
      if (el.classList.contains('provision') && definedAt.includes(el.querySelector(':scope > [id]')?.id ?? '')) return true;
    }
    return false;
  };

  for (const { term, form } of forms) {
    if (done.has(term.id)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(form)}(?![\\p{L}\\p{N}-])`, 'iu');
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const m = re.exec(text);
      if (!m || insideSkipped(node, term.definedAt)) continue;
      const a = document.createElement('a');
      a.setAttribute('class', 'term');
      a.setAttribute('href', href(term.id));
      a.textContent = m[0];
      const parent = node.parentNode!;
      parent.insertBefore(document.createTextNode(text.slice(0, m.index)), node);
      parent.insertBefore(a, node);
      parent.insertBefore(document.createTextNode(text.slice(m.index + m[0].length)), node);
      parent.removeChild(node);
      done.add(term.id);
      break;
    }
  }
  return root.innerHTML;
}
