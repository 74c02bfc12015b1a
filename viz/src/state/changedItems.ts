/**
 * Which nodes and relationships can look different between two view frames: what sigma must re-run its
 * reducers on for a partial refresh. Everything when fading switches on or off or the size-by changes;
 * otherwise the two focus/result sets, the selections, and whatever changed visibility.
 */
import type { ViewerGraphology } from './buildGraph';
import type { ViewFrame } from './reducers';

export function changedItems(graph: ViewerGraphology, a: ViewFrame, b: ViewFrame): { nodes: string[]; edges: string[] } {
  const ea = a.focus ?? a.query, eb = b.focus ?? b.query;
  if (a.sizeBy !== b.sizeBy || !ea !== !eb) return { nodes: graph.nodes(), edges: graph.edges() };
  const nodes = new Set<string>([...(ea?.nodes ?? []), ...(eb?.nodes ?? [])]);
  const edges = new Set<string>([...(ea?.edges ?? []), ...(eb?.edges ?? [])]);
  for (const n of [a.selectedNode, b.selectedNode]) if (n !== null && graph.hasNode(n)) nodes.add(n);
  for (const e of [a.selectedEdge, b.selectedEdge]) if (e !== null && graph.hasEdge(e)) edges.add(e);
  if (a.visibility !== b.visibility) {
    symmetricDifference(a.visibility.hiddenNodes, b.visibility.hiddenNodes, nodes);
    symmetricDifference(a.visibility.hiddenEdges, b.visibility.hiddenEdges, edges);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

function symmetricDifference(x: Set<string>, y: Set<string>, into: Set<string>): void {
  for (const k of x) if (!y.has(k)) into.add(k);
  for (const k of y) if (!x.has(k)) into.add(k);
}

/**
 * Whether sigma's draw order must be rebuilt between two frames. The reducers give a zIndex by role
 * (faded 0 < plain 1 < emphasised or selected 2), but sigma orders its programs by zIndex only when it
 * re-indexes: a partial refresh with `skipIndexation` keeps every item in its old slot, so a freshly
 * highlighted neighbourhood would be drawn under faded nodes. The order can change only when the
 * emphasised sets (hover/selection focus, query result) or the selection change.
 */
export function drawOrderChanged(a: ViewFrame, b: ViewFrame): boolean {
  if (a.selectedNode !== b.selectedNode || a.selectedEdge !== b.selectedEdge) return true;
  const ea = a.focus ?? a.query, eb = b.focus ?? b.query;
  if (ea === eb) return false;
  if (!ea || !eb) return true;
  return !sameSet(ea.nodes, eb.nodes) || !sameSet(ea.edges, eb.edges);
}

function sameSet(x: Set<string>, y: Set<string>): boolean {
  if (x.size !== y.size) return false;
  for (const k of x) if (!y.has(k)) return false;
  return true;
}
