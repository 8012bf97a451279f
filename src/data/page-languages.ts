/**
 * Which languages a page of the site exists in, from the content itself: the
 * language switch and the alternates offer only these, and a link to a page a
 * language does not have goes to the English page (and says so).
 */
import { DEFAULT_LANG, FULL_LANGS, LANGS, type Lang } from '../i18n/index.ts';
import { loadSiteData } from './site-data.ts';

/** The languages the page at `path` (without base or language prefix: "", "rules/x/", "guides/") exists in. */
export async function languagesOf(path: string): Promise<Lang[]> {
  const { pages, guides, cards, ruleMaps } = await loadSiteData();
  const [first = '', second = ''] = path.split('/');
  const pick = (test: (l: Lang) => boolean) => LANGS.filter(test);
  switch (first) {
    case '':
      return pick((l) => pages.get(l)!.has('home'));
    case 'rules':
      return second ? pick((l) => ruleMaps[l]?.has(second) ?? false) : [...FULL_LANGS];
    case 'api':
    case 'cite':
    case 'crosswalk':
    case 'glossary':
    case 'timeline':
      return [...FULL_LANGS];
    case 'guides':
      return second ? pick((l) => guides.get(l)!.has(second)) : pick((l) => guides.get(l)!.size > 0);
    case 'card':
      return pick((l) => cards.has(l));
    case 'search':
    case '404':
      return [...LANGS];
    default:
      return pick((l) => pages.get(l)!.has(first));
  }
}

/** The language to link `path` in from a page in `lang`: `lang` when the page exists there, else English. */
export async function linkLanguage(lang: Lang, path: string): Promise<Lang> {
  return (await languagesOf(path)).includes(lang) ? lang : DEFAULT_LANG;
}
