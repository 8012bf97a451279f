/**
 * Every dated event in the content, from the rules' `history` frontmatter: the
 * single source for the timeline page and the Atom feed.
 */
import { dateSortKey } from './dates.ts';
import type { Rule } from './rules.ts';
import type { HistoryEntry } from '../schemas/history.ts';

export interface TimelineEvent extends HistoryEntry {
  ruleId: string;
  ruleTitle: string;
  ruleShortTitle: string;
  /** Position in the rule's history list, for a stable id. */
  index: number;
}

/** All events, oldest first (stable for events on the same day). */
export function timelineEvents(rules: Rule[]): TimelineEvent[] {
  return rules
    .flatMap((rule) =>
      rule.data.history.map((h, index) => ({ ...h, ruleId: rule.id, ruleTitle: rule.data.title, ruleShortTitle: rule.data.shortTitle, index })),
    )
    .sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || a.ruleId.localeCompare(b.ruleId) || a.index - b.index);
}

/** A Date for a possibly partial date ("2025-08" → Aug 1, 2025, UTC), for feeds. */
export function toDate(value: string): Date {
  const [y, m = '01', d = '01'] = value.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
