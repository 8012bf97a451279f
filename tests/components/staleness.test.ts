/**
 * Dates that warn by themselves: each component that shows a status, a case
 * state, a deadline or a contact check, rendered with the Container API as
 * the build's day (SITE_BUILD_DATE, src/lib/build-date.ts) moves across the
 * 180-day line. The notice appears the day after the line and not before; a
 * deadline changes tense the day after its date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import CallNow from '../../src/components/CallNow.astro';
import ContextNotice from '../../src/components/ContextNotice.astro';
import RuleCard from '../../src/components/RuleCard.astro';
import RuleMeta from '../../src/components/RuleMeta.astro';
import Contact from '../../src/components/mdx/Contact.astro';
import Deadline from '../../src/components/mdx/Deadline.astro';
import { loadSiteData } from '../../src/data/site-data.ts';
import { renderDom, ruleContext } from '../helpers/container.ts';

const saved = process.env.SITE_BUILD_DATE;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_BUILD_DATE;
  else process.env.SITE_BUILD_DATE = saved;
});

/** Renders as if the site were built on `day`. */
async function on(day: string, ...args: Parameters<typeof renderDom>): Promise<Document> {
  process.env.SITE_BUILD_DATE = day;
  return renderDom(...args);
}
const notice = (doc: Document) => doc.querySelector('[data-stale]');
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

const { rulesById, ruleMaps, sources } = await loadSiteData();
const trust = rulesById.get('il-trust-act')!;
const trustOfficial = sources.get('ilga-5-ilcs-805')!.url;

describe('a rule status (rule facts, rules list)', () => {
  // The TRUST Act's status was confirmed on 2026-02-02; 180 days later is 2026-08-01.
  it('stays quiet up to 180 days after it was confirmed', async () => {
    expect(notice(await on('2026-08-01', RuleMeta, { props: { rule: trust }, path: '/rules/il-trust-act/' }))).toBeNull();
    expect(notice(await on('2026-08-01', RuleCard, { props: { rule: trust }, path: '/rules/' }))).toBeNull();
  });

  it('says when it was checked, that it may have changed, and links the official text, from day 181', async () => {
    const doc = await on('2026-08-02', RuleMeta, { props: { rule: trust }, path: '/rules/il-trust-act/' });
    expect(text(notice(doc))).toBe(
      'May be out of date. We last checked this on February 2, 2026, over 180 days before this page was published (August 2, 2026). It may have changed since. Check the official text.',
    );
    expect(notice(doc)?.querySelector('a')?.getAttribute('href')).toBe(trustOfficial);
    const card = notice(await on('2026-08-02', RuleCard, { props: { rule: trust }, path: '/rules/' }));
    expect(text(card)).toBe('May be out of date: check the official text.');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe(trustOfficial);
  });

  it('speaks the page’s language', async () => {
    const doc = await on('2027-01-01', RuleMeta, { props: { rule: ruleMaps.es.get('il-trust-act') }, path: '/es/rules/il-trust-act/' });
    expect(text(notice(doc))).toMatch(
      /^Puede que ya no esté al día\. Lo revisamos por última vez el 2 de febrero de 2026, más de 180 días antes de publicar esta página \(1 de enero de 2027\)\. Puede haber cambiado desde entonces\. Consulte el texto oficial\.$/,
    );
  });
});

describe('a court case (the case notice)', () => {
  const mchenry = rulesById.get('mchenry-county-v-raoul')!; // status as of 2022-08-12

  it('adds the notice to the case notice after 180 days, and not before', async () => {
    expect(notice(await on('2023-02-08', ContextNotice, { props: { rule: mchenry }, path: '/rules/mchenry-county-v-raoul/' }))).toBeNull();
    const doc = await on('2023-02-09', ContextNotice, { props: { rule: mchenry }, path: '/rules/mchenry-county-v-raoul/' });
    expect(text(doc.body)).toContain('A court case, with its status as of August 12, 2022.');
    expect(text(notice(doc))).toContain('We last checked this on August 12, 2022');
  });

  it('keeps the rule facts to one line there, since the case notice says it in full', async () => {
    const doc = await on('2026-12-07', RuleMeta, { props: { rule: mchenry }, path: '/rules/mchenry-county-v-raoul/' });
    expect(text(notice(doc))).toBe('May be out of date: check the official text.');
  });
});

describe('a contact check (<Contact>, the tap-to-call line)', () => {
  // The ICIRR hotline was checked against its source on 2026-11-26; 180 days later is 2027-05-25.
  const icirrSource = sources.get('icirr-family-support-hotline')!;

  it('stays quiet for 180 days, then says the number may have changed and where to check it', async () => {
    expect(notice(await on('2027-05-25', Contact, { props: { id: 'icirr-hotline' }, slots: { default: 'Call.' }, path: '/help/' }))).toBeNull();
    const doc = await on('2027-05-26', Contact, { props: { id: 'icirr-hotline' }, slots: { default: 'Call.' }, path: '/help/' });
    expect(text(notice(doc))).toContain('We last checked this on November 26, 2026');
    expect(text(notice(doc))).toContain('Check their own page before you rely on it.');
    expect(notice(doc)?.querySelector('a')?.getAttribute('href')).toBe(icirrSource.url);
  });

  it('adds one line under the tap-to-call number', async () => {
    expect(notice(await on('2027-05-25', CallNow, { props: { id: 'icirr-hotline' }, path: '/' }))).toBeNull();
    const doc = await on('2027-05-26', CallNow, { props: { id: 'icirr-hotline' }, path: '/es/' });
    expect(text(notice(doc))).toBe('Revisado el 26 de noviembre de 2026; puede haber cambiado: consulte su página.');
    expect(notice(doc)?.querySelector('a')?.getAttribute('href')).toBe(icirrSource.url);
  });
});

describe('<Deadline>', () => {
  const props = { date: '2026-07-01', before: 'Schools must have them by {date}', after: 'Schools had to have them by {date}' };
  const render = async (day: string, extra: Record<string, string> = {}, path = '/rules/il-safe-schools/') =>
    on(day, Deadline, { props: { ...props, ...extra }, locals: { ruleContext: await ruleContext('il-safe-schools') }, path });

  it('reads in the present up to and on the day, in the past from the next day', async () => {
    expect(text((await render('2026-06-30')).body)).toBe('Schools must have them by July 1, 2026');
    expect(text((await render('2026-07-01')).body)).toBe('Schools must have them by July 1, 2026');
    const after = await render('2026-07-02');
    expect(text(after.body)).toBe('Schools had to have them by July 1, 2026');
    expect(after.querySelector('time')?.getAttribute('datetime')).toBe('2026-07-01');
    expect(after.querySelector('[data-tense]')?.getAttribute('data-tense')).toBe('after');
  });

  it('prints a wording without the date, or nothing when that side is empty', async () => {
    expect(text((await render('2026-07-02', { before: '', after: 'We have not checked whether schools met it.' })).body)).toBe(
      'We have not checked whether schools met it.',
    );
    expect((await render('2026-06-01', { before: '', after: 'We have not checked.' })).querySelector('.deadline')).toBeNull();
  });

  it('says when a deadline passed after the page was last checked', async () => {
    const doc = await render('2026-07-02', { checked: '2026-06-01' });
    expect(text(doc.body)).toBe('Schools had to have them by July 1, 2026 (a date that passed after we last checked this page, on June 1, 2026)');
  });

  it('warns inline when its check is more than 180 days old, with the rule’s official source', async () => {
    expect(notice(await render('2026-11-28', { checked: '2026-06-01' }))).toBeNull();
    const doc = await render('2026-11-29', { checked: '2026-06-01' });
    expect(text(notice(doc))).toBe('(last checked June 1, 2026, so it may have changed: check the official text)');
    const official = sources.get(rulesById.get('il-safe-schools')!.data.sources.find((id) => sources.get(id)?.official)!)!;
    expect(notice(doc)?.querySelector('a')?.getAttribute('href')).toBe(official.url);
  });

  it('is in Spanish on Spanish pages', async () => {
    const doc = await render(
      '2026-11-29',
      { checked: '2026-06-01', before: 'a más tardar el {date}', after: 'debían estar listos el {date}' },
      '/es/rules/il-safe-schools/',
    );
    expect(text(doc.body)).toBe(
      'debían estar listos el 1 de julio de 2026 (una fecha que pasó después de nuestra última revisión de esta página, el 1 de junio de 2026) (revisado por última vez el 1 de junio de 2026, así que puede haber cambiado: consulte el texto oficial)',
    );
  });

  it('fails the build on a malformed deadline, naming the file', async () => {
    await expect(render('2026-07-02', { date: '2026-02-30' })).rejects.toThrow(
      '<Deadline date="2026-02-30"> in content/rules/il-safe-schools.mdx: date must be a real calendar day',
    );
    await expect(render('2026-07-02', { before: '', after: '' })).rejects.toThrow('before and after are both empty');
    await expect(render('2026-07-02', { source: 'no-such-source' })).rejects.toThrow('source="no-such-source": no such id in the source registry');
    await expect(render('2026-07-02', { after: '{date} and {date}' })).rejects.toThrow('more than once');
  });

  it('outside a rule, needs to be told when it was checked and where', async () => {
    process.env.SITE_BUILD_DATE = '2026-07-02';
    await expect(renderDom(Deadline, { props, path: '/guides/schools/' })).rejects.toThrow(
      'outside a rule, say when it was last checked: checked="YYYY-MM-DD"',
    );
    await expect(renderDom(Deadline, { props: { ...props, checked: '2026-06-01' }, path: '/guides/schools/' })).rejects.toThrow('name the place to check it');
    const doc = await renderDom(Deadline, { props: { ...props, checked: '2026-06-01', source: 'icirr-family-support-hotline' }, path: '/guides/schools/' });
    expect(text(doc.body)).toContain('Schools had to have them by July 1, 2026');
  });
});
