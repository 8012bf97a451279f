/**
 * The words search treats specially, per language: the small words it leaves
 * out of a query, and the synonyms it tries when a plain question finds
 * nothing. Pagefind (the search engine) has neither: it stems words and
 * matches prefixes, but "la migra" never finds "ICE" and "CPD" never finds
 * "Chicago police". Both lists are applied to the query in the browser
 * (src/lib/search-query.ts); the search page hands its script only its own
 * language's lists, as JSON in an attribute.
 *
 * How the lists are used:
 * 1. The query loses its stop words, and Pagefind looks for pages that have
 *    every word left ("place of birth" → "place birth"). That is all most
 *    searches need.
 * 2. Only when no page has every word (a whole question: "My brother was
 *    arrested by CPD, will they hand him to ICE?"), or a word of a synonym
 *    group is on no page at all, does search fall back: each idea in the query
 *    (a word, or a group of synonyms) counts once, rare ideas count more than
 *    common ones, and pages with the most important ideas come first. The
 *    page says so.
 *
 * Writing an entry (every entry is reviewed by someone who knows the field
 * and the language; keep the lists small and about police and immigration):
 * - Write each entry as it is written in text: letter case and accents are
 *   ignored when matching the query, and an entry may be shown to the reader
 *   ("Including words that mean the same here, such as “Chicago police” for “CPD”").
 * - A phrase ("chicago police") matches those words in that order.
 * - A word ending in `*` matches any word that starts with it ("arrest*":
 *   arrest, arrested, arresting), and is searched as that beginning.
 * - `words` are synonyms: any one in the query searches for all of them.
 *   `alsoFor` are words that stand for the group in a question but would find
 *   the wrong pages if searched for whenever the group is: a narrower word
 *   ("brother" for "family", "someone"), or a word with other meanings here
 *   ("order", also in "Special Order" and "Executive Order", for "warrant").
 *   The word the reader typed is always searched too.
 * - Languages written without spaces (Chinese, Japanese) work the same way:
 *   the query is cut into words with the browser's word segmenter for the
 *   page's language, so write each entry as the words it cuts out.
 * A language with no entry here gets no stop words and no synonyms; a unit test
 * (tests/unit/search-query.test.ts) asks every language of the site for one.
 */

export interface SynonymGroup {
  /** Words and phrases that mean the same here; each is searched when any of them (or of `alsoFor`) is in the query. */
  words: string[];
  /** Narrower words that stand for the group in a question, searched as the group. */
  alsoFor?: string[];
}

export interface SearchWords {
  /** Small words left out of a multi-word query: they are on almost every page and only cost downloads. */
  stop: string[];
  synonyms: SynonymGroup[];
}

const FAMILY_EN = [
  'brother', 'sister', 'mother', 'mom', 'mum', 'father', 'dad', 'son', 'daughter', 'husband', 'wife', 'partner',
  'boyfriend', 'girlfriend', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandma', 'grandfather', 'grandpa',
  'child', 'kid', 'parent', 'relative', 'friend', 'neighbor', 'neighbour', 'loved one',
];

const FAMILY_ES = [
  'hermano', 'hermana', 'madre', 'mamá', 'padre', 'papá', 'hijo', 'hija', 'esposo', 'esposa', 'marido', 'mujer',
  'pareja', 'novio', 'novia', 'primo', 'prima', 'tío', 'tía', 'abuelo', 'abuela', 'niño', 'niña', 'pariente',
  'amigo', 'amiga', 'vecino', 'vecina', 'ser querido',
];

export const SEARCH_WORDS: Record<string, SearchWords> = {
  en: {
    stop: [
      'a', 'am', 'an', 'and', 'are', 'at', 'be', 'by', 'can', 'cant', 'could', 'did', 'do', 'does', 'dont', 'for',
      'from', 'get', 'got', 'has', 'have', 'he', 'her', 'him', 'his', 'how', 'i', 'im', 'if', 'in', 'is', 'it', 'ive',
      'me', 'my', 'need', 'no', 'not', 'of', 'on', 'or', 'our', 'please', 'she', 'should', 'so', 'that', 'the',
      'their', 'them', 'they', 'this', 'to', 'want', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'who',
      'why', 'will', 'with', 'wont', 'would', 'you', 'your',
    ],
    synonyms: [
      { words: ['CPD', 'Chicago police'] },
      { words: ['ICE', 'la migra', 'migra', 'immigration agents', 'immigration officers', 'federal agents'] },
      { words: ['arrest*', 'detained', 'detain', 'taken', 'took', 'picked up', 'locked up', 'custody'] },
      { words: ['warrant*'], alsoFor: ['order', 'orders'] },
      { words: ['hand over', 'handed over', 'turn over', 'turned over', 'transfer*'], alsoFor: ['hand', 'hands', 'handed', 'give', 'gives', 'send', 'sent'] },
      { words: ['share*', 'information', 'info', 'data', 'records'] },
      { words: ['someone', 'family'], alsoFor: FAMILY_EN },
      { words: ['lawyer', 'attorney', 'legal help', 'legal aid', 'public defender'] },
      { words: ['door', 'home', 'house', 'apartment'] },
      { words: ['status', 'papers', 'undocumented', 'citizenship'] },
      { words: ['birthplace', 'born'] },
      { words: ['traffic', 'pulled over'], alsoFor: ['pulled', 'car', 'driving'] },
      { words: ['hotline', 'help line', 'helpline'] },
      { words: ['report', 'complain*'] },
      { words: ['deport*', 'removal'] },
      { words: ['hospital', 'clinic', 'emergency room'] },
      { words: ['glossary', 'definition', 'definitions', 'meaning'], alsoFor: ['mean', 'means', 'define'] },
      { words: ['timeline', 'history'], alsoFor: ['dates'] },
      { words: ['crosswalk', 'compare'], alsoFor: ['comparison', 'difference', 'differences'] },
    ],
  },
  es: {
    stop: [
      'a', 'al', 'cómo', 'como', 'con', 'cuál', 'cual', 'cuándo', 'cuando', 'de', 'del', 'dónde', 'donde', 'el',
      'ella', 'ellos', 'en', 'es', 'esta', 'está', 'están', 'este', 'esto', 'estoy', 'fue', 'hay', 'ir', 'la', 'las',
      'le', 'les', 'lo', 'los', 'me', 'mi', 'mis', 'muy', 'necesito', 'no', 'nos', 'o', 'para', 'pero', 'por',
      'puede', 'pueden', 'puedo', 'qué', 'que', 'quién', 'quien', 'quiero', 'se', 'ser', 'si', 'son', 'su', 'sus',
      'te', 'tengo', 'tiene', 'tienen', 'tu', 'tus', 'un', 'una', 'uno', 'va', 'van', 'y', 'ya', 'yo',
    ],
    synonyms: [
      { words: ['CPD', 'policía de Chicago'] },
      { words: ['ICE', 'la migra', 'migra', 'agentes de inmigración', 'agentes federales'] },
      { words: ['arrest*', 'detenido', 'detenida', 'detener', 'detuvieron', 'detuvo', 'se llevaron', 'llevaron', 'agarraron', 'custodia'] },
      { words: ['orden', 'órdenes', 'orden judicial', 'warrant'] },
      { words: ['entreg*', 'transfer*'], alsoFor: ['dar', 'dieron', 'mandar', 'mandaron'] },
      { words: ['compart*', 'información', 'datos', 'registros'] },
      { words: ['alguien', 'familia', 'familiar'], alsoFor: FAMILY_ES },
      { words: ['abogado', 'abogada', 'ayuda legal', 'defensor público', 'defensora pública'] },
      { words: ['puerta', 'casa', 'hogar', 'apartamento'] },
      { words: ['estatus', 'papeles', 'indocumentado', 'indocumentada', 'ciudadanía'] },
      { words: ['lugar de nacimiento', 'nací', 'nació', 'naciste'] },
      { words: ['tráfico', 'tránsito'], alsoFor: ['me pararon', 'me paró'] },
      { words: ['línea de ayuda', 'línea de apoyo', 'línea directa', 'hotline'] },
      { words: ['denunci*', 'queja*', 'reportar'] },
      { words: ['deport*'] },
      { words: ['hospital', 'clínica', 'sala de emergencias'] },
      { words: ['glosario', 'definición', 'definiciones', 'significado'], alsoFor: ['significa', 'quiere decir'] },
      { words: ['cronología', 'historia'], alsoFor: ['fechas'] },
      { words: ['comparar', 'comparación'], alsoFor: ['diferencia', 'diferencias'] },
    ],
  },
};

/** The lists for `lang`: empty for a language that has none yet. */
export function searchWords(lang: string): SearchWords {
  return SEARCH_WORDS[lang] ?? { stop: [], synonyms: [] };
}
