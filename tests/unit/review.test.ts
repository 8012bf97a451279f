/**
 * `npm run review`: its pure core on a made-up content folder
 * (tests/fixtures/review-content/) as the build's day moves, its loader on the
 * real content, and the command itself with --strict.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, hasWork, reviewReport } from '../../scripts/lib/review.ts';
import { contactsIn, deadlinesIn, loadReviewContent } from '../../scripts/lib/review-content.ts';
import { buildEnv } from '../helpers/child-env.ts';

const FIXTURE = 'tests/fixtures/review-content';
const fixture = await loadReviewContent(FIXTURE);
const fields = (today: string) => {
  const report = reviewReport(fixture, today);
  return { overdue: report.overdue.map((i) => `${i.date} ${i.page} ${i.field}`), unreviewed: report.unreviewed.map((i) => `${i.date} ${i.page}`) };
};

describe('review: what is overdue as the build day moves', () => {
  it('lists nothing while every check is fresh and no deadline has passed', () => {
    expect(fields('2020-03-01')).toEqual({ overdue: [], unreviewed: [] });
    expect(hasWork(reviewReport(fixture, '2020-03-01'))).toBe(false);
  });

  it('lists a deadline from the day after it passed, when the page was checked before it', () => {
    expect(fields('2020-03-02').overdue).toEqual([
      '2020-01-01 /rules/example-act/ <Deadline date="2020-03-01">',
      '2020-02-01 /es/rules/example-act/ <Deadline date="2020-03-01">',
    ]);
  });

  it('lists statuses, deadlines and contact checks older than 180 days, oldest first, and old rule pages', () => {
    // 2020-01-01 + 180 days = 2020-06-29: still fresh; the next day, stale.
    expect(fields('2020-06-29').unreviewed).toEqual([]);
    const { overdue, unreviewed } = fields('2021-01-01');
    expect(overdue).toEqual([
      '2020-01-01 /rules/example-act/ <Deadline date="2020-03-01">',
      '2020-01-01 /rules/example-act/ /es/rules/example-act/ status.asOf',
      '2020-01-15 /help/ contact example-hotline → source.checked (example-hotline-page)',
      '2020-02-01 /es/rules/example-act/ <Deadline date="2020-03-01">',
    ]);
    expect(unreviewed).toEqual(['2020-01-01 /rules/example-act/', '2020-02-01 /es/rules/example-act/']);
  });

  it('gives each item its file, the days since its check and the place to check it', () => {
    const [deadline] = reviewReport(fixture, '2021-01-01').overdue;
    expect(deadline).toMatchObject({ file: `${FIXTURE}/rules/example-act.mdx:23`, days: 366, source: 'https://example.org/example-act' });
    const text = formatReport(reviewReport(fixture, '2021-01-01'), 'test');
    expect(text).toContain('Review as of 2021-01-01 (test): overdue means last checked more than 180 days ago, before 2020-07-05.');
    expect(text).toContain('check  https://example.org/hotline');
  });
});

describe('review: reads content the way the build does', () => {
  it('finds <Deadline> and <Contact> elements in the syntax tree, not in code or prose', () => {
    const body =
      'Text <Deadline date="2026-07-01" before="by {date}" after="" />.\n\n```mdx\n<Deadline date="1999-01-01" before="x" after="y" />\n```\n\nThe word Deadline alone.\n\n<Contact id="copa">x</Contact>\n';
    expect(deadlinesIn(body)).toEqual([{ date: '2026-07-01', checked: undefined, source: undefined, line: 1 }]);
    expect(contactsIn(body)).toEqual(['copa']);
  });

  it('loads the real content with the real schemas, deadlines and contact uses included', async () => {
    const content = await loadReviewContent();
    expect(content.rules.find((r) => r.id === 'il-trust-act')?.data.citation).toBe('5 ILCS 805');
    const schools = content.pages.find((p) => p.path === '/rules/il-safe-schools/');
    expect(schools?.deadlines.map((d) => d.date)).toContain('2026-07-01');
    expect(content.contactUses.get('icirr-hotline')).toContain('/help/');
  }, 60_000);

  it('stops with the file and field when content breaks a schema', async () => {
    const copy = join('tests', '.tmp', 'review-broken');
    rmSync(copy, { recursive: true, force: true });
    cpSync(FIXTURE, copy, { recursive: true });
    const rule = join(copy, 'rules', 'example-act.mdx');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('asOf: "2020-01-01"', 'asOf: "2020-02-30"'));
    await expect(loadReviewContent(copy)).rejects.toThrow(/review-broken\/rules\/example-act\.mdx → status\.asOf: "2020-02-30" is not a real date/);
  });

  it('stops on a content folder it cannot read', async () => {
    await expect(loadReviewContent('tests/fixtures/content-that-does-not-exist')).rejects.toThrow('no such file or directory');
  });
});

describe('npm run review --strict', () => {
  const run = (day: string) =>
    spawnSync(process.execPath, ['scripts/review.ts', '--strict'], { encoding: 'utf8', env: buildEnv({ SITE_CONTENT_DIR: FIXTURE, SITE_BUILD_DATE: day }) });

  it('exits non-zero when something is overdue, and prints it', () => {
    const result = run('2021-01-01');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Overdue statuses, case states, deadlines and contact checks: 4, oldest first');
    expect(result.stderr).toContain('--strict: 6 item(s) to review.');
  }, 60_000);

  it('exits zero when nothing is', () => {
    const result = run('2020-01-10');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Overdue statuses, case states, deadlines and contact checks: 0');
  }, 60_000);
});
