/**
 * Questions as residents ask them (tests/fixtures/search-questions.yaml), typed
 * into the real search page in Chromium over the built site: each must bring
 * the page that answers it among the first three results. Prints every
 * question's first three results, so a change in ranking shows in the log.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedSession } from '../helpers/browser.ts';

interface Question {
  q: string;
  lang?: string;
  expect: string;
  also?: string[];
}

const { questions } = yaml.load(readFileSync('tests/fixtures/search-questions.yaml', 'utf8')) as { questions: Question[] };
const browser = sharedSession();
const pages = new Map<string, Promise<Page>>();
const report: string[] = [];

/** One search page per language, reused from question to question as a reader would. */
function searchPage(lang: string): Promise<Page> {
  let page = pages.get(lang);
  if (!page) {
    page = browser()
      .context.newPage()
      .then(async (p) => {
        await p.goto(`${browser().origin}${lang === 'en' ? '' : `/${lang}`}/search/`);
        return p;
      });
    pages.set(lang, page);
  }
  return page;
}

async function topThree(q: string, lang: string): Promise<{ status: string; top: string[] }> {
  const page = await searchPage(lang);
  const box = page.locator('input[name="q"]');
  await box.fill(q);
  await box.press('Enter');
  // The status names the query once its results are in.
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toContain(`“${q.trim()}”`);
  const top = await page.evaluate(() =>
    [...document.querySelectorAll('#search-results > li h2 > a')].slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return { status: (await page.locator('#search-status').textContent()) ?? '', top };
}

describe('questions as residents ask them', () => {
  it('has at least 30 questions, in English and in Spanish', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => (q.lang ?? 'en') === 'en').length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.lang === 'es').length).toBeGreaterThanOrEqual(10);
  });

  it.each(questions.map((q) => [q.q, q] as const))('“%s” finds its page among the first three', async (_q, question) => {
    const lang = question.lang ?? 'en';
    const { status, top } = await topThree(question.q, lang);
    const broadened = /most important|más importantes/.test(status) ? ' (broadened)' : '';
    report.push(
      `${top.includes(question.expect) || top.some((t) => question.also?.includes(t)) ? 'ok  ' : 'MISS'} [${lang}] ${question.q}${broadened}\n       → ${top.join('  ') || '(nothing)'}   want ${question.expect}`,
    );
    expect(
      [question.expect, ...(question.also ?? [])].some((p) => top.includes(p)),
      `${question.q} → ${top.join(', ')}`,
    ).toBe(true);
  });

  afterAll(() => {
    console.log(`Question set, first three results:\n${report.join('\n')}`);
  });
});
