/**
 * Spanish labels for the fixed vocabularies of src/lib/taxonomy.ts (the
 * English labels live there). Used on Spanish pages and as Pagefind filter
 * values in the Spanish index.
 */
import { HISTORY_EVENTS, JURISDICTIONS, KINDS, STATUSES, type HistoryEvent, type Jurisdiction, type Kind, type Status } from '../lib/taxonomy.ts';
import type { Lang } from './locale.ts';

const JURISDICTIONS_ES: Record<Jurisdiction, string> = {
  illinois: 'Illinois',
  chicago: 'Chicago',
  'cook-county': 'Condado de Cook',
  federal: 'Federal',
};

const KINDS_ES: Record<Kind, string> = {
  statute: 'Ley estatal',
  'public-act': 'Ley pública (Public Act)',
  ordinance: 'Ordenanza',
  'police-directive': 'Orden de la policía',
  'executive-order': 'Orden ejecutiva',
  'court-order': 'Orden administrativa de un tribunal',
  'federal-statute': 'Ley federal',
  'federal-regulation': 'Reglamento federal',
  'federal-form': 'Formulario federal',
  'court-decision': 'Decisión judicial',
};

const STATUSES_ES: Record<Status, string> = {
  'in-force': 'Vigente',
  amended: 'Vigente, con cambios',
  enjoined: 'Bloqueada por un tribunal',
  repealed: 'Derogada',
  rescinded: 'Anulada',
  superseded: 'Reemplazada por una versión más nueva',
  decided: 'Decidido',
  pending: 'Pendiente en el tribunal',
  'on-appeal': 'En apelación',
};

const EVENTS_ES: Record<HistoryEvent, string> = {
  introduced: 'Presentada',
  passed: 'Aprobada',
  signed: 'Firmada',
  enacted: 'Promulgada',
  effective: 'Entró en vigor',
  amended: 'Modificada',
  issued: 'Emitida',
  rescinded: 'Anulada',
  tabled: 'Aplazada (tabled)',
  failed: 'No aprobada',
  filed: 'Demanda presentada',
  decided: 'Decidido',
  affirmed: 'Confirmado en apelación',
  dismissed: 'Desestimado',
  appealed: 'Apelado',
  reaffirmed: 'Reafirmada',
  repealed: 'Derogada',
};

export const jurisdictionLabel = (lang: Lang, k: Jurisdiction) => (lang === 'es' ? JURISDICTIONS_ES : JURISDICTIONS)[k];
export const kindLabel = (lang: Lang, k: Kind) => (lang === 'es' ? KINDS_ES : KINDS)[k];
export const statusLabel = (lang: Lang, k: Status) => (lang === 'es' ? STATUSES_ES : STATUSES)[k];
export const eventLabel = (lang: Lang, k: HistoryEvent) => (lang === 'es' ? EVENTS_ES : HISTORY_EVENTS)[k];
