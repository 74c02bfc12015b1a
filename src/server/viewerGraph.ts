/**
 * Store graph + positions -> the viewer's JSON (viewerTypes.ts). Pure.
 */
import type Graph from 'graphology';
import type { Position } from './layout/computeLayout';
import type { JsonProp, ViewerEdge, ViewerGraph, ViewerNode } from './viewerTypes';
import { setOwn } from '../model/ownProperty';

interface StoreNodeAttributes {
  labels?: unknown;
  properties?: Record<string, unknown>;
}
interface StoreEdgeAttributes {
  type?: unknown;
  properties?: Record<string, unknown>;
}

export function toViewerGraph(
  graph: Graph,
  positions: Map<string, Position>,
  meta: Pick<ViewerGraph, 'layout' | 'features'>,
): ViewerGraph {
  const nodes: ViewerNode[] = [];
  graph.forEachNode((key, attrs) => {
    const a = attrs as StoreNodeAttributes;
    const labels = Array.isArray(a.labels) ? a.labels.filter((l): l is string => typeof l === 'string') : [];
    const props = a.properties ?? {};
    const label = labels[0] ?? 'Node';
    let degree = 0;
    let mentions = 0;
    graph.forEachEdge(key, (_e, ea, s, t) => {
      const e = ea as StoreEdgeAttributes;
      if (e.type !== 'MENTIONS') degree += 1;
      else if (t === key) mentions += typeof e.properties?.count === 'number' ? e.properties.count : 1;
      else if (s === key && label === 'Article') degree += 1; // an article's size: what it mentions
    });
    const pos = positions.get(key) ?? { x: 0, y: 0 };
    nodes.push({
      key,
      label,
      labels,
      name: displayName(key, props),
      aliases: Array.isArray(props.aliases) ? props.aliases.filter((x): x is string => typeof x === 'string') : [],
      degree,
      mentions,
      x: pos.x,
      y: pos.y,
      properties: jsonProperties(props, label === 'Article' ? ['text'] : []),
    });
  });
  const edges: ViewerEdge[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    const a = attrs as StoreEdgeAttributes;
    edges.push({
      key,
      source,
      target,
      type: typeof a.type === 'string' ? a.type : 'RELATED',
      properties: jsonProperties(a.properties ?? {}, []),
    });
  });
  return { format: 'newsgraph-viewer/1', nodes, edges, ...meta };
}

function displayName(key: string, props: Record<string, unknown>): string {
  for (const k of ['name', 'title']) {
    const v = props[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return key;
}

/** Store properties are already Neo4j-storable; this only drops what JSON cannot carry. */
function jsonProperties(props: Record<string, unknown>, omit: string[]): Record<string, JsonProp> {
  const out: Record<string, JsonProp> = {};
  for (const [k, v] of Object.entries(props)) {
    if (omit.includes(k)) continue;
    // (own keys, "__proto__" included: a GraphML import may bring one)
    if (v === null || typeof v === 'string' || typeof v === 'boolean') setOwn(out, k, v);
    else if (typeof v === 'number') setOwn(out, k, Number.isFinite(v) ? v : String(v));
    else if (typeof v === 'bigint') setOwn(out, k, Number(v));
    else if (Array.isArray(v)) setOwn(out, k, v.map((x) => (x === null || ['string', 'number', 'boolean'].includes(typeof x) ? x : String(x))) as JsonProp);
  }
  return out;
}
