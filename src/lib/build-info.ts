/**
 * What /api/meta.json says about a build: the commit it was built from and the
 * newest review date in its content. Pure where it can be: the git call and the
 * environment are parameters, so the fallbacks are tested.
 */
import { execFileSync } from 'node:child_process';

/**
 * Variables a host sets to the commit it builds, tried when git is missing
 * (a tarball, a container without git): our own first, then Netlify,
 * Cloudflare Pages and GitHub Actions.
 */
export const COMMIT_VARIABLES = ['SITE_COMMIT', 'COMMIT_REF', 'CF_PAGES_COMMIT_SHA', 'GITHUB_SHA'] as const;

const COMMIT = /^[0-9a-f]{7,64}$/;

/** `git rev-parse HEAD` in the working directory, or undefined when git or the repository is missing. */
export function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The commit a build comes from: git's HEAD when available, else the first of
 * COMMIT_VARIABLES that holds a commit id, else null. Never throws: a build
 * without git still builds.
 */
export function commitOf(head: () => string | undefined = gitHead, env: Record<string, string | undefined> = process.env): string | null {
  const fromGit = head()?.trim().toLowerCase();
  if (fromGit && COMMIT.test(fromGit)) return fromGit;
  for (const name of COMMIT_VARIABLES) {
    const value = env[name]?.trim().toLowerCase();
    if (value && COMMIT.test(value)) return value;
  }
  return null;
}

/** The newest of some "YYYY-MM-DD" dates (undefined ones skipped); fails when there is none. */
export function newestDate(dates: Iterable<string | undefined>): string {
  let newest = '';
  for (const d of dates) if (d !== undefined && d > newest) newest = d;
  if (!newest) throw new Error('no review or check date in the content');
  return newest;
}
