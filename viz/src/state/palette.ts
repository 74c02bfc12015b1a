/**
 * Colours: one per node label (colour-blind-aware, from the Okabe-Ito and Tableau families) and one per
 * relationship family, so facts, event roles and mentions read apart at a glance.
 */
export const LABEL_COLORS: Record<string, string> = {
  Person: '#4e79a7',
  Organization: '#f28e2b',
  Country: '#59a14f',
  Location: '#76b7b2',
  Treaty: '#b07aa1',
  Event: '#e15759',
  Article: '#9c755f',
};
export const OTHER_LABEL_COLOR = '#8c8c8c';

/** labels in legend order: the ontology's, then others alphabetically */
export const LABEL_ORDER = ['Person', 'Organization', 'Country', 'Location', 'Treaty', 'Event', 'Article'];

export function labelColor(label: string): string {
  return LABEL_COLORS[label] ?? OTHER_LABEL_COLOR;
}

export const EDGE_TYPE_COLORS: Record<string, string> = {
  LEADER_OF: '#2f5d8a',
  SPOKESPERSON_FOR: '#5b7fa6',
  WORKS_FOR: '#7d9cc0',
  MEMBER_OF: '#c46d0f',
  PARTY_TO: '#8e5a87',
  ESTABLISHED: '#a77ca2',
  ALLY_OF: '#3d8a38',
  BORDERS: '#7aa874',
  LOCATED_IN: '#4f918c',
  AGENT: '#c0392b',
  TARGET: '#d9776f',
  LOCATION: '#b8868a',
  PART_OF: '#8f3b36',
  MENTIONS: '#d5cfc8',
};
export const OTHER_EDGE_COLOR = '#a0a0a0';

export function edgeTypeColor(type: string): string {
  return EDGE_TYPE_COLORS[type] ?? OTHER_EDGE_COLOR;
}

export function compareLabels(a: string, b: string): number {
  const ia = LABEL_ORDER.indexOf(a), ib = LABEL_ORDER.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `color` blended toward `toward` by t in [0, 1]; both #rrggbb */
export function mix(color: string, toward: string, t: number): string {
  const p = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(p(color, i) * (1 - t) + p(toward, i) * t));
  return '#' + out.map((v) => v.toString(16).padStart(2, '0')).join('');
}
