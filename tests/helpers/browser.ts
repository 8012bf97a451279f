/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), a fresh profile per run, and the built site served on
 * 127.0.0.1 by the same server `npm start` uses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { DIST, requireDist } from './dist.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a wait for a state (a result shown, a status text, an address) may take before the test gives up:
 * generous, so that a busy machine passes as a quiet one does. Waits are for states, never for a length of time.
 * Playwright's own waits (navigation, locators, waitForURL) use it too; vitest.browser.config.ts sets the same
 * bound for expect.poll.
 */
export const STATE_WAIT = { timeout: 60_000 };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  server: RunningServer;
  origin: string;
  close(): Promise<void>;
}

/**
 * One browser session shared by the tests of a file: opened before them,
 * closed after. Returns a getter, since the session exists only once opened.
 */
export function sharedSession(options: BrowserContextOptions = {}): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session is not open yet');
    return session;
  };
}

export async function openSession(options: BrowserContextOptions = {}, dist = DIST, base = '/'): Promise<Session> {
  if (dist === DIST) requireDist();
  const server = await startStaticServer(dist, 0, '127.0.0.1', base);
  const profile = mkdtempSync(join(tmpdir(), 'site-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    ...options,
  });
  context.setDefaultTimeout(STATE_WAIT.timeout);
  context.setDefaultNavigationTimeout(STATE_WAIT.timeout);
  return {
    context,
    server,
    origin: server.origin,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
