/**
 * Offline reading, as a reader meets it, across two deploys of the site. By
 * default nothing is stored. After the reader presses "Save this site on this
 * device", every page and search work with the network switched off, and
 * each page says the date of the copy; a page reached offline that is not
 * saved says so. After a second deploy, the copy brings itself up to date the
 * next time the reader is online, and drops what the site no longer has.
 * "Delete" leaves nothing of this site behind, and nothing of another site
 * on the same origin is touched.
 *
 * The site is a copy of dist/ in a temporary folder, served by the same
 * server as the other tests; the second deploy changes that folder in place,
 * as a host does. Every wait is for a state (a status text, the keys of the
 * cache), bounded by the test's timeout, never for a length of time.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeOfflineManifests } from '../../src/integrations/offline-manifest.ts';
import { cacheName, entriesOf, stateKey } from '../../src/lib/offline-copy.ts';
import type { OfflineManifest } from '../../src/lib/offline-manifest.ts';
import { openSession, type Session } from '../helpers/browser.ts';
import { DIST, requireDist } from '../helpers/dist.ts';

/** Every test may take this long on a slow, busy machine; a wait for a state gives up a little before. */
const TEST_TIMEOUT = 120_000;
const WAIT = { timeout: TEST_TIMEOUT - 10_000, interval: 100 };
const FIRST_DEPLOY = { day: '2030-03-04', text: 'March 4, 2030' };
const SECOND_DEPLOY = { day: '2030-05-06', text: 'May 6, 2030' };

let site: string;
let session: Session;
let langs: string[];
let first: OfflineManifest[];

beforeAll(async () => {
  requireDist();
  site = mkdtempSync(join(tmpdir(), 'site-deploys-'));
  cpSync(DIST, site, { recursive: true });
  // The languages are whatever the build wrote offline lists for.
  langs = readdirSync(site).flatMap((f) => /^offline-(.+)\.json$/.exec(f)?.[1] ?? []);
  first = await writeOfflineManifests(site, langs, FIRST_DEPLOY.day);
  session = await openSession({}, site);
}, TEST_TIMEOUT);

afterAll(async () => {
  await session?.close();
  rmSync(site, { recursive: true, force: true });
});

const origin = () => session.origin;
const scope = () => `${origin()}/`;
const english = (manifests: OfflineManifest[]) => manifests.find((m) => m.files.includes(''))!;

const stored = (page: Page) =>
  page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

/** The keys in this site's cache, without creating it. */
const savedKeys = (page: Page) =>
  page.evaluate(async (name) => ((await caches.has(name)) ? (await (await caches.open(name)).keys()).map((r) => r.url) : []), cacheName(scope()));

async function offline<T>(run: () => Promise<T>): Promise<T> {
  await session.context.setOffline(true);
  try {
    return await run();
  } finally {
    await session.context.setOffline(false);
  }
}

/**
 * The second deploy: the TRUST Act page's text changes, the timeline page is
 * taken off the site, and the stylesheet gets a new hashed name (so every
 * page changes with it).
 */
async function deploySecond(): Promise<{ manifests: OfflineManifest[]; oldCss: string; newCss: string }> {
  const trust = join(site, 'rules', 'il-trust-act', 'index.html');
  writeFileSync(trust, readFileSync(trust, 'utf8').replace('</h1>', ' <span data-deploy>(second deploy)</span></h1>'));
  rmSync(join(site, 'timeline'), { recursive: true });
  const oldCss = english(first).files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
  const newCss = oldCss.replace(/\.css$/, '.second.css');
  renameSync(join(site, oldCss), join(site, newCss));
  const html = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const file of html) {
    const path = join(site, file);
    const text = readFileSync(path, 'utf8');
    if (text.includes(oldCss)) writeFileSync(path, text.replaceAll(oldCss, newCss));
  }
  return { manifests: await writeOfflineManifests(site, langs, SECOND_DEPLOY.day), oldCss, newCss };
}

describe('offline reading', { timeout: TEST_TIMEOUT }, () => {
  it('stores nothing until the reader asks', async () => {
    const page = await session.context.newPage();
    for (const path of ['/', '/rules/il-trust-act/', '/search/?q=detainer', '/es/', '/offline/']) await page.goto(`${origin()}${path}`);
    await expect
      .poll(() => page.getByRole('status').innerText(), WAIT)
      .toMatch(/^Nothing from this site is saved on this device\. Saving takes about \d+\.\d MB\.$/);
    expect(await stored(page)).toEqual({ caches: 0, workers: 0 });
    await page.close();
  });

  it('after “Save”, reopens a rule page, styled, with the network off, and the page says the date of the copy', async () => {
    const page = await session.context.newPage();
    await page.goto(`${origin()}/offline/`);
    await page.getByRole('button', { name: 'Save this site on this device' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText(), WAIT)
      .toMatch(new RegExp(`^Saved: \\d+ files \\(.*\\), a copy of the site from ${FIRST_DEPLOY.text}\\.`));
    await offline(async () => {
      const response = await page.goto(`${origin()}/rules/il-trust-act/#15-e`);
      expect(await page.locator('h1').innerText()).toContain('TRUST Act');
      expect(await page.locator('[id="15-e"]').isVisible()).toBe(true);
      // The stylesheet came from the device too: the main column keeps its width limit.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
      // The date is in the HTML the worker answered with: no page script writes it.
      const note = `Saved copy from <time datetime="${FIRST_DEPLOY.day}">${FIRST_DEPLOY.text}</time>.`;
      expect(await response!.text()).toContain(note);
      expect(await page.locator('main > [data-offline-copy]').innerText()).toMatch(new RegExp(`^Saved copy from ${FIRST_DEPLOY.text}\\. `));
      expect(await page.locator('main > [data-offline-copy]').evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    });
    await page.close();
  });

  it('searches offline once the site is saved', async () => {
    const page = await session.context.newPage();
    await offline(async () => {
      await page.goto(`${origin()}/search/?q=${encodeURIComponent('805/15(e)')}`);
      await expect.poll(() => page.locator('#search-results > li h2 a').first().getAttribute('href'), WAIT).toBe('/rules/il-trust-act/');
    });
    await page.close();
  });

  it('says, in the language of the copy and of the address, when an address was not saved', async () => {
    const page = await session.context.newPage();
    await page.goto(`${origin()}/`);
    await offline(async () => {
      const response = await page.goto(`${origin()}/es/rules/il-voices-act/`);
      expect(response?.status()).toBe(503);
      expect(await page.locator('h1').innerText()).toBe('You are offline');
      expect(await page.locator('section[lang="es"]').innerText()).toContain('No tiene conexión');
      expect(await page.locator('ul[lang="en"] a[href="/rules/il-trust-act/"]').count()).toBe(1);
    });
    await page.close();
  });

  it('never stores search terms, pages in another language, or anything from another site', async () => {
    const page = await session.context.newPage();
    await page.goto(`${origin()}/search/?q=secret`);
    await expect.poll(() => page.locator('#search-status').textContent(), WAIT).toMatch(/results? for|No results/);
    await page.goto(`${origin()}/es/rules/il-trust-act/`);
    const keys = await savedKeys(page);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => /secret|[?&]q=/.test(k))).toEqual([]);
    expect(keys.filter((k) => k.startsWith(`${origin()}/es/`))).toEqual([]);
    expect(keys.filter((k) => !k.startsWith(scope()))).toEqual([]);
    expect(await page.evaluate(() => caches.keys())).toEqual([cacheName(scope())]);
    await page.close();
  });

  /** The second deploy, shared by the next two tests. */
  let second: Awaited<ReturnType<typeof deploySecond>>;
  const about = () => join(site, 'about', 'index.html');
  let aboutAsDeployed = '';

  it('saves nothing of a deploy caught half-way: the copy stays whole, with its own date', async () => {
    second = await deploySecond();
    // The host still serves an older about page than the new list says (a deploy or a CDN half-way).
    aboutAsDeployed = readFileSync(about(), 'utf8');
    writeFileSync(about(), aboutAsDeployed.replace('</main>', '<p>an older copy</p></main>'));
    const wanted = entriesOf(english(second.manifests), scope()).filter((e) => e.file !== 'about/');
    const page = await session.context.newPage();
    // A page opened online: the worker compares its copy with the site's list. The page comes from the
    // network (the new text, no note), or, if the network took too long, from the copy (the old text, with
    // the note): never a mix.
    await page.goto(`${origin()}/rules/il-trust-act/`);
    const fromNetwork = (await page.locator('h1 [data-deploy]').count()) === 1;
    expect(await page.locator('[data-offline-copy]').count()).toBe(fromNetwork ? 0 : 1);
    // Wait until every other file of the new deploy is downloaded...
    const notYet = async () => {
      const keys = new Set(await savedKeys(page));
      return wanted.filter((e) => !keys.has(e.key)).map((e) => e.file);
    };
    await expect.poll(notYet, WAIT).toEqual([]);
    // ...and still, the saved copy is the first deploy, all of it.
    await offline(async () => {
      const response = await page.goto(`${origin()}/rules/il-trust-act/`);
      expect(await page.locator('h1 [data-deploy]').count()).toBe(0);
      expect(await response!.text()).toContain(`Saved copy from <time datetime="${FIRST_DEPLOY.day}">${FIRST_DEPLOY.text}</time>.`);
      expect((await page.goto(`${origin()}/timeline/`))?.status()).toBe(200);
    });
    await page.close();
  });

  it('after the deploy completes, the copy updates itself when the reader is next online, and drops what is gone', async () => {
    writeFileSync(about(), aboutAsDeployed);
    const before = english(first);
    const { manifests, oldCss, newCss } = second;
    const expected = [stateKey(scope()), ...entriesOf(english(manifests), scope()).map((e) => e.key)].sort();
    const page = await session.context.newPage();
    await page.goto(`${origin()}/`);
    await expect.poll(async () => (await savedKeys(page)).sort(), WAIT).toEqual(expected);
    // The first deploy's version of the changed page, the removed page and the old stylesheet are gone.
    const keys = await savedKeys(page);
    const trustBefore = entriesOf(before, scope()).find((e) => e.file === 'rules/il-trust-act/')!;
    expect(keys).not.toContain(trustBefore.key);
    expect(keys.filter((k) => k.includes('/timeline/') || k.includes(oldCss))).toEqual([]);
    expect(keys.filter((k) => k.includes(newCss))).toHaveLength(1);
    await offline(async () => {
      const response = await page.goto(`${origin()}/rules/il-trust-act/`);
      expect(await page.locator('h1 [data-deploy]').innerText()).toBe('(second deploy)');
      expect(await response!.text()).toContain(`Saved copy from <time datetime="${SECOND_DEPLOY.day}">${SECOND_DEPLOY.text}</time>.`);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
      expect((await page.goto(`${origin()}/timeline/`))?.status()).toBe(503);
      // The offline page itself, from the copy, says the date too.
      await page.goto(`${origin()}/offline/`);
      expect(await page.locator('main > [data-offline-copy]').innerText()).toContain(SECOND_DEPLOY.text);
    });
    await page.goto(`${origin()}/offline/`);
    await expect.poll(() => page.getByRole('status').innerText(), WAIT).toMatch(new RegExp(`The saved copy is from ${SECOND_DEPLOY.text};`));
    await page.close();
  });

  it('“Delete” removes this site’s copy and worker, and leaves other sites’ caches on the same origin', async () => {
    const page = await session.context.newPage();
    await page.goto(`${origin()}/offline/`);
    const others = [`${origin()}/other-site/`, 'another-app-v3'];
    await page.evaluate(
      async ([sibling, other]) => {
        // A sibling project site on the same origin, using this same code under another base, and any other app.
        for (const name of [sibling, other]) await (await caches.open(name)).put(`/${encodeURIComponent(name)}`, new Response('theirs'));
      },
      [cacheName(others[0]), others[1]],
    );
    await page.getByRole('button', { name: 'Delete the saved pages' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), WAIT).toMatch(/^Deleted\./);
    await expect.poll(() => stored(page), WAIT).toEqual({ caches: 2, workers: 0 });
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual([cacheName(others[0]), others[1]].sort());
    const theirs = await page.evaluate(
      async (names) => Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length)),
      [cacheName(others[0]), others[1]],
    );
    expect(theirs).toEqual([1, 1]);
    await page.close();
  });
});
