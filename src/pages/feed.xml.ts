/**
 * /feed.xml: an Atom feed of changes to the rules (enactments, amendments,
 * new versions, votes and rulings), newest first, built from the rules'
 * history. Its "updated" date is the newest event, not the build time, so the
 * feed only changes when the content does.
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { loadSiteData } from '../data/site-data.ts';
import { formatDate } from '../lib/dates.ts';
import { rulePath } from '../lib/rules.ts';
import { SITE, sitePath } from '../lib/site.ts';
import { HISTORY_EVENTS } from '../lib/taxonomy.ts';
import { timelineEvents, toDate } from '../lib/timeline.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const { rules, sources } = await loadSiteData();
  const base = import.meta.env.BASE_URL;
  const origin = site!.href;
  const home = new URL(base, origin).href;
  const events = timelineEvents(rules.filter((r) => r.data.lang === 'en')).reverse();
  const feed = new Feed({
    title: `${SITE.name}: rule changes`,
    description: 'Enactments, amendments, new versions, votes and court rulings on the rules this site covers.',
    id: home,
    link: home,
    language: 'en',
    updated: events.length > 0 ? toDate(events[0].date) : new Date(0),
    generator: 'feed (npm)',
    feedLinks: { atom: new URL(sitePath(base, 'feed.xml'), origin).href },
    copyright: 'Explanations written by the site authors; official texts belong to their publishers.',
  });
  for (const e of events) {
    const link = new URL(`${rulePath(base, e.ruleId)}#rule-history`, origin).href;
    const source = sources.get(e.source)!;
    feed.addItem({
      title: `${e.ruleShortTitle}: ${HISTORY_EVENTS[e.event]}${e.instrument ? ` (${e.instrument})` : ''}, ${formatDate(e.date)}`,
      id: `${new URL(rulePath(base, e.ruleId), origin).href}#history-${e.index}`,
      link,
      date: toDate(e.date),
      description: `${e.summary} ${t('en', `verify.${e.verification}`)}. Source: ${source.title} (${source.url}).`,
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
