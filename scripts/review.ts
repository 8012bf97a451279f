/**
 * `npm run review`: a maintainer's list of what to check again. Every status,
 * court case state, deadline and contact check last confirmed more than 180
 * days before the build's day (the same day and rule as the "may be out of
 * date" notices on the pages: src/lib/build-date.ts, src/lib/staleness.ts),
 * and every deadline that passed since its check, oldest first, each with its
 * page, field, date and the source to check it against; then the rule pages
 * whose lastReviewed is older than 180 days.
 *
 *   npm run review                     the report; exits 0
 *   npm run review -- --strict         exits 1 when anything is listed
 *   SITE_BUILD_DATE=2027-06-01 npm run review   as of another day
 *   SITE_CONTENT_DIR=path npm run review        another content folder
 */
import { buildDateWithOrigin } from '../src/lib/build-date.ts';
import { formatReport, hasWork, reviewReport } from './lib/review.ts';
import { loadReviewContent } from './lib/review-content.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--strict');
if (unknown.length > 0) {
  console.error(`npm run review: unknown argument ${unknown.join(' ')} (only --strict)`);
  process.exit(2);
}
const strict = args.includes('--strict');

try {
  const { date, origin } = buildDateWithOrigin();
  const report = reviewReport(await loadReviewContent(), date);
  console.log(formatReport(report, origin === 'clock' ? 'today' : `set by ${origin}`));
  if (strict && hasWork(report)) {
    console.error(`\n--strict: ${report.overdue.length + report.unreviewed.length} item(s) to review.`);
    process.exit(1);
  }
} catch (error) {
  console.error(`npm run review: ${(error as Error).message}`);
  process.exit(2);
}
