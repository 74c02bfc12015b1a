/**
 * Filters: labels and relationship types switched off, and one source article to restrict to.
 * Together with the time window they decide which nodes and relationships are shown (computeVisibility).
 */
export interface Filters {
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** an Article id: only what it states or mentions is shown */
  source: string | null;
}

/** MENTIONS edges and Article nodes start hidden: the story's facts first, provenance on demand */
export const DEFAULT_FILTERS: Filters = { hiddenLabels: ['Article'], hiddenTypes: ['MENTIONS'], source: null };

export function toggled(list: string[], item: string, on: boolean): string[] {
  const set = new Set(list);
  if (on) set.delete(item);
  else set.add(item);
  return [...set].sort();
}

export function sameFilters(a: Filters, b: Filters): boolean {
  const eq = (x: string[], y: string[]) => x.length === y.length && [...x].sort().every((v, i) => v === [...y].sort()[i]);
  return eq(a.hiddenLabels, b.hiddenLabels) && eq(a.hiddenTypes, b.hiddenTypes) && a.source === b.source;
}
