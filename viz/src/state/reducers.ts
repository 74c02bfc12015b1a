/**
 * The view as pure functions of (graph data, view frame): sigma's nodeReducer and edgeReducer call these.
 * Hover or selection focus a neighbourhood (the rest fades), a Cypher result highlights its nodes and
 * relationships, filters and the time window hide things. Nothing here writes to the graph.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeData, NodeData, ViewerGraphology } from './buildGraph';
import type { Visibility } from './visibility';
import type { SizeBy } from './sizing';
import { mix } from './palette';

export const FADED_NODE = '#e6e6e6';
export const FADED_EDGE = '#f0f0f0';

export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface ViewFrame {
  visibility: Visibility;
  /** hover (or, without hover, the selection) neighbourhood */
  focus: Focus | null;
  /** nodes and relationships of the last Cypher result */
  query: Focus | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  sizeBy: SizeBy;
}

/** a node, its relationships and their other ends, among what is visible */
export function neighbourhood(graph: ViewerGraphology, node: string, visibility: Visibility): Focus {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  if (!graph.hasNode(node)) return { nodes, edges };
  graph.forEachEdge(node, (e, _a, s, t) => {
    if (visibility.hiddenEdges.has(e)) return;
    edges.add(e);
    nodes.add(s === node ? t : s);
  });
  return { nodes, edges };
}

export function edgeFocus(graph: ViewerGraphology, edge: string): Focus {
  if (!graph.hasEdge(edge)) return { nodes: new Set(), edges: new Set() };
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
}

/*
 * The reducers return only what sigma draws (position, size, colour, label, flags; an edge's program and
 * curvature), never a spread of the attributes: sigma copies the result again, and copying the data
 * fields (properties, aliases, ...) of 30k items was a third of the first draw at 10k nodes.
 */

export function reduceNode(key: string, a: NodeData, f: ViewFrame): Attributes {
  if (f.visibility.hiddenNodes.has(key)) return { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label, hidden: true };
  const size = f.sizeBy === 'mentions' ? a.sizeMentions : a.sizeDegree;
  const selected = key === f.selectedNode;
  const emphasis = f.focus ?? f.query;
  if (emphasis && !emphasis.nodes.has(key)) return { x: a.x, y: a.y, size, color: FADED_NODE, label: '', zIndex: 0, highlighted: false };
  if (emphasis || selected)
    return { x: a.x, y: a.y, size: selected ? size * 1.25 : size, color: a.color, label: a.label, zIndex: 2, forceLabel: true, highlighted: selected || (f.query?.nodes.has(key) ?? false) };
  return { x: a.x, y: a.y, size, color: a.color, label: a.label, zIndex: 1 };
}

export function reduceEdge(key: string, a: EdgeData, f: ViewFrame): Attributes {
  if (f.visibility.hiddenEdges.has(key)) return { type: a.type, curvature: a.curvature, size: a.size, color: a.color, hidden: true };
  const emphasis = f.focus ?? f.query;
  const selected = key === f.selectedEdge;
  if (emphasis && !emphasis.edges.has(key) && !selected) return { type: a.type, curvature: a.curvature, size: a.size, color: FADED_EDGE, label: null, zIndex: 0 };
  if (emphasis || selected)
    return { type: a.type, curvature: a.curvature, color: mix(a.color, '#000000', 0.15), size: Math.max(2, a.size * 2), label: a.relType, forceLabel: true, zIndex: 2 };
  return { type: a.type, curvature: a.curvature, size: a.size, color: a.color, label: null, zIndex: 1 };
}
