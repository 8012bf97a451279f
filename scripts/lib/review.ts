/**
 * The pure core of `npm run review`: from content already loaded and checked
 * by the site's own schemas (scripts/lib/review-content.ts) and the build's
 * day, every dated fact that is overdue for a check, oldest first, and every
 * rule page whose `lastReviewed` is older than the limit. The same rules as
 * the notices on the pages (src/lib/staleness.ts), so the report lists exactly
 * what readers see flagged, plus deadlines that passed since their check.
 */
import { rulePath } from '../../src/lib/paths.ts';
import { daysBetween, isStale, passedSinceCheck, STALE_AFTER_DAYS } from '../../src/lib/staleness.ts';
import type { Contact } from '../../src/schemas/contact.ts';
import type { RuleData } from '../../src/schemas/rule.ts';
import type { Source } from '../../src/schemas/source.ts';

/** A <Deadline> in an MDX body, as written. */
export interface DeadlineUse {
  date: string;
  checked?: string;
  source?: string;
  /** Line in the file. */
  line: number;
}

/** An MDX file that may hold deadlines: a rule page in one language, a guide, a prose page, the card. */
export interface ReviewPage {
  /** Site path, e.g. "/es/rules/il-safe-schools/". */
  path: string;
  file: string;
  /** The English rule it shows, when it is a rule page. */
  ruleId?: string;
  /** The page's own lastReviewed (a translated rule page has its own). */
  lastReviewed?: string;
  deadlines: DeadlineUse[];
}

export interface ReviewContent {
  rules: { id: string; file: string; data: RuleData }[];
  pages: ReviewPage[];
  sources: Map<string, Source>;
  contacts: { id: string; file: string; data: Contact }[];
  /** For each contact id, the site paths that show it. */
  contactUses: Map<string, string[]>;
}

export interface ReviewItem {
  /** Where a reader sees it (site paths), or the registry entry. */
  page: string;
  file: string;
  /** What is old: "status.asOf", "<Deadline date=…>", "contact … → source.checked", "lastReviewed". */
  field: string;
  /** The date it was last checked. */
  date: string;
  /** Days from that date to the build's day. */
  days: number;
  /** Where to check it. */
  source: string;
  /** Why it is listed. */
  why: string;
}

export interface ReviewReport {
  today: string;
  limit: number;
  /** Statuses, litigation states, deadlines and contact checks, oldest first. */
  overdue: ReviewItem[];
  /** Rule pages (every language) whose lastReviewed is older than the limit, oldest first. */
  unreviewed: ReviewItem[];
}

function firstOfficial(data: RuleData, sources: Map<string, Source>): Source | undefined {
  const id = data.sources.find((s) => sources.get(s)?.official);
  return id === undefined ? undefined : sources.get(id);
}

const byDate = (a: ReviewItem, b: ReviewItem) => a.date.localeCompare(b.date) || a.page.localeCompare(b.page) || a.field.localeCompare(b.field);

export function reviewReport(content: ReviewContent, today: string, limit: number = STALE_AFTER_DAYS): ReviewReport {
  const { rules, pages, sources, contacts, contactUses } = content;
  const overdue: ReviewItem[] = [];
  const unreviewed: ReviewItem[] = [];
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const item = (i: Omit<ReviewItem, 'days'>): ReviewItem => ({ ...i, days: daysBetween(i.date, today) });

  for (const rule of rules) {
    const official = firstOfficial(rule.data, sources);
    const shownOn = pages.filter((p) => p.ruleId === rule.id).map((p) => p.path);
    if (isStale(rule.data.status.asOf, today, limit)) {
      overdue.push(
        item({
          page: (shownOn.length > 0 ? shownOn : [rulePath('/', rule.id)]).join(' '),
          file: rule.file,
          field: rule.data.kind === 'court-decision' ? 'status.asOf (case status)' : 'status.asOf',
          date: rule.data.status.asOf,
          source: official?.url ?? '(no official source)',
          why: `status "${rule.data.status.value}" last confirmed`,
        }),
      );
    }
  }

  for (const page of pages) {
    const rule = page.ruleId === undefined ? undefined : rulesById.get(page.ruleId);
    if (rule && page.lastReviewed !== undefined && isStale(page.lastReviewed, today, limit)) {
      unreviewed.push(
        item({
          page: page.path,
          file: page.file,
          field: 'lastReviewed',
          date: page.lastReviewed,
          source: firstOfficial(rule.data, sources)?.url ?? '(no official source)',
          why: 'page last reviewed against its sources',
        }),
      );
    }
    // One item per deadline date, check date and source on a page, however many sentences use it.
    const groups = new Map<string, { date: string; checked: string; source?: string; lines: number[] }>();
    for (const d of page.deadlines) {
      const checked = d.checked ?? (rule ? page.lastReviewed : undefined);
      if (checked === undefined) continue; // the build fails on it: <Deadline> outside a rule needs checked="…"
      const key = `${d.date} ${checked} ${d.source ?? ''}`;
      const group = groups.get(key) ?? { date: d.date, checked, source: d.source, lines: [] };
      if (!group.lines.includes(d.line)) group.lines.push(d.line);
      groups.set(key, group);
    }
    for (const d of groups.values()) {
      const where = d.source !== undefined ? sources.get(d.source) : rule ? firstOfficial(rule.data, sources) : undefined;
      const passed = passedSinceCheck(d.date, d.checked, today);
      if (!isStale(d.checked, today, limit) && !passed) continue;
      overdue.push(
        item({
          page: page.path,
          file: `${page.file}:${d.lines.join(',')}`,
          field: `<Deadline date="${d.date}">`,
          date: d.checked,
          source: where?.url ?? '(no source named)',
          why: passed ? 'the deadline passed after its last check' : 'deadline last checked',
        }),
      );
    }
  }

  for (const contact of contacts) {
    const source = sources.get(contact.data.source);
    if (!source?.checked || !isStale(source.checked, today, limit)) continue;
    // Pages first, then guides: "/help/", "/card/", "/es/help/", "/guides/…".
    const depth = (path: string) => path.split('/').length;
    const uses = [...(contactUses.get(contact.id) ?? [])].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
    const shown = uses.length > 4 ? `${uses.slice(0, 4).join(' ')} and ${uses.length - 4} more` : uses.join(' ');
    overdue.push(
      item({
        page: uses.length > 0 ? shown : '(no content page names it)',
        file: `${contact.file} → ${contact.id}`,
        field: `contact ${contact.id} → source.checked (${source.id})`,
        date: source.checked,
        source: source.url,
        why: 'phone, email or office last checked against its source',
      }),
    );
  }

  return { today, limit, overdue: overdue.sort(byDate), unreviewed: unreviewed.sort(byDate) };
}

/** True when the report has anything to do (what `--strict` fails on). */
export function hasWork(report: ReviewReport): boolean {
  return report.overdue.length > 0 || report.unreviewed.length > 0;
}

/** The report as a maintainer reads it in a terminal. */
export function formatReport(report: ReviewReport, origin: string): string {
  const lines: string[] = [];
  const cutoff = new Date(`${report.today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - report.limit);
  lines.push(
    `Review as of ${report.today} (${origin}): overdue means last checked more than ${report.limit} days ago, before ${cutoff.toISOString().slice(0, 10)}.`,
  );
  const section = (title: string, items: ReviewItem[]) => {
    lines.push('', `${title}: ${items.length}${items.length > 0 ? ', oldest first' : ''}`);
    for (const i of items) {
      lines.push(`  ${i.date} (${i.days} days)  ${i.field}: ${i.why}`);
      lines.push(`    page   ${i.page}  (${i.file})`);
      lines.push(`    check  ${i.source}`);
    }
  };
  section('Overdue statuses, case states, deadlines and contact checks', report.overdue);
  section(`Rule pages whose lastReviewed is more than ${report.limit} days old`, report.unreviewed);
  return lines.join('\n');
}
