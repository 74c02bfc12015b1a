/**
 * Which nodes and relationships are hidden for the current filters and time window. Computed once per
 * change (O(nodes + relationships)) so the reducers only look keys up in sets.
 */
import type { ViewerGraphology } from './buildGraph';
import type { Filters } from './filters';
import { inWindow, type TimeWindow } from './timeWindow';

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

export function sourcesOf(properties: Record<string, unknown>): string[] {
  const s = properties.sources;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

export function computeVisibility(graph: ViewerGraphology, filters: Filters, time: TimeWindow | null): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const hiddenLabels = new Set(filters.hiddenLabels);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const source = filters.source;

  // with a source article: the article, what it mentions, the events and endpoints of facts it states
  let fromSource: Set<string> | null = null;
  if (source !== null) {
    fromSource = new Set([source]);
    if (graph.hasNode(source)) graph.forEachOutNeighbor(source, (n) => fromSource!.add(n));
    graph.forEachNode((key, a) => {
      if (sourcesOf(a.properties).includes(source)) fromSource!.add(key);
    });
    graph.forEachEdge((_e, a, s, t) => {
      if (sourcesOf(a.properties).includes(source)) {
        fromSource!.add(s);
        fromSource!.add(t);
      }
    });
  }

  graph.forEachNode((key, a) => {
    const hidden =
      hiddenLabels.has(a.nodeLabel) ||
      (fromSource !== null && !fromSource.has(key)) ||
      (time !== null && a.date !== null && !inWindow(a.date, time));
    if (hidden) hiddenNodes.add(key);
  });
  graph.forEachEdge((key, a, s, t) => {
    const hidden =
      hiddenNodes.has(s) ||
      hiddenNodes.has(t) ||
      hiddenTypes.has(a.relType) ||
      (source !== null && a.relType !== 'MENTIONS' && !sourcesOf(a.properties).includes(source)) ||
      (source !== null && a.relType === 'MENTIONS' && s !== source);
    if (hidden) hiddenEdges.add(key);
  });
  return { hiddenNodes, hiddenEdges };
}
