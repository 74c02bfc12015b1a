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
 * fields (properties, aliases, ...) of 30k items was a third of the first draw at 10k nodes. Every
 * result is built by one of the two functions below, so all have the same fields in the same order (one
 * object shape for the engine, and nothing for sigma's defaults to add).
 */
const nodeOut = (a: NodeData, size: number, color: string, label: string, hidden: boolean, forceLabel: boolean, highlighted: boolean, zIndex: number): Attributes => ({
  x: a.x,
  y: a.y,
  size,
  color,
  label,
  hidden,
  forceLabel,
  highlighted,
  zIndex,
  type: undefined, // sigma's default program
});

const edgeOut = (a: EdgeData, size: number, color: string, label: string | null, hidden: boolean, forceLabel: boolean, zIndex: number): Attributes => ({
  type: a.type,
  curvature: a.curvature,
  size,
  color,
  label,
  hidden,
  forceLabel,
  zIndex,
});

export function reduceNode(key: string, a: NodeData, f: ViewFrame): Attributes {
  if (f.visibility.hiddenNodes.has(key)) return nodeOut(a, a.size, a.color, a.label, true, false, false, 0);
  const size = f.sizeBy === 'mentions' ? a.sizeMentions : a.sizeDegree;
  const selected = key === f.selectedNode;
  const emphasis = f.focus ?? f.query;
  if (emphasis && !emphasis.nodes.has(key)) return nodeOut(a, size, FADED_NODE, '', false, false, false, 0);
  if (emphasis || selected) return nodeOut(a, selected ? size * 1.25 : size, a.color, a.label, false, true, selected || (f.query?.nodes.has(key) ?? false), 2);
  return nodeOut(a, size, a.color, a.label, false, false, false, 1);
}

export function reduceEdge(key: string, a: EdgeData, f: ViewFrame): Attributes {
  if (f.visibility.hiddenEdges.has(key)) return edgeOut(a, a.size, a.color, null, true, false, 0);
  const emphasis = f.focus ?? f.query;
  const selected = key === f.selectedEdge;
  if (emphasis && !emphasis.edges.has(key) && !selected) return edgeOut(a, a.size, FADED_EDGE, null, false, false, 0);
  if (emphasis || selected) return edgeOut(a, Math.max(2, a.size * 2), mix(a.color, '#000000', 0.15), a.relType, false, true, 2);
  return edgeOut(a, a.size, a.color, null, false, false, 1);
}
