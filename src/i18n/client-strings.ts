/**
 * The interface text that the browser scripts need (search, citation lookup,
 * rules filter, copy buttons), in both languages. Kept apart from the rest of
 * ui.ts so the scripts carry only these strings.
 */
export const CLIENT_EN = {
  'search.searching': 'Searching…',
  'search.none': 'No results for “{q}”. Try a citation such as 5 ILCS 805/15, or a word such as detainer.',
  'search.results': '{n} results for “{q}”',
  'search.result': '1 result for “{q}”',
  'search.more': 'Show {n} more results',
  'search.failed': 'Search could not load. Every rule is listed below.',
  'lookup.goTo': 'Go to',
  'lookup.missing': 'No such provision on this site: {citation}.',
  'lookup.missingMore': '{rule} is on this site, but we do not have that part of it. It may not exist, or we may not cover it yet.',
  'lookup.nearest': 'Nearest provisions we have:',
  'lookup.all': 'See all of {rule}',
  'lookup.notCitation': '“{q}” is not a citation to any rule on this site.',
  'lookup.searchInstead': 'Search the site for it instead',
  'lookup.failed': 'The citation lookup could not load. Try the search page instead.',
  'rules.filter.count': 'Showing {shown} of {total} rules.',
  'copy.citation': 'Copy citation',
  'copy.bluebook': 'Copy Bluebook',
  'copy.link': 'Copy link',
  'copy.done': 'Copied: {text}',
  'copy.failed': 'Could not copy. Select the text and copy it instead: {text}',
} as const;

export type ClientKey = keyof typeof CLIENT_EN;

export const CLIENT_ES: Record<ClientKey, string> = {
  'search.searching': 'Buscando…',
  'search.none': 'No hay resultados para “{q}”. Pruebe con una cita como 5 ILCS 805/15, o una palabra como detención.',
  'search.results': '{n} resultados para “{q}”',
  'search.result': '1 resultado para “{q}”',
  'search.more': 'Mostrar {n} resultados más',
  'search.failed': 'No se pudo cargar la búsqueda. Abajo está la lista de todas las reglas.',
  'lookup.goTo': 'Ir a',
  'lookup.missing': 'Esa parte no está en este sitio: {citation}.',
  'lookup.missingMore': '{rule} sí está en este sitio, pero no tenemos esa parte. Puede que no exista, o que todavía no la cubramos.',
  'lookup.nearest': 'Las partes más cercanas que tenemos:',
  'lookup.all': 'Ver toda la regla: {rule}',
  'lookup.notCitation': '“{q}” no es la cita de ninguna regla de este sitio.',
  'lookup.searchInstead': 'Buscarlo en el sitio',
  'lookup.failed': 'No se pudo cargar la búsqueda de citas. Pruebe la página de búsqueda.',
  'rules.filter.count': 'Se muestran {shown} de {total} reglas.',
  'copy.citation': 'Copiar cita',
  'copy.bluebook': 'Copiar cita Bluebook',
  'copy.link': 'Copiar enlace',
  'copy.done': 'Copiado: {text}',
  'copy.failed': 'No se pudo copiar. Seleccione el texto y cópielo: {text}',
};

/** Client-side text in the page's language (from <html lang>), with {placeholders} filled. */
export function ct(key: ClientKey, vars: Record<string, string | number> = {}): string {
  const dict = document.documentElement.lang === 'es' ? CLIENT_ES : CLIENT_EN;
  return dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
