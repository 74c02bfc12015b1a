import type { EdgeRecord, GraphBatch, NodeLabel, NodeRecord, RelationType } from '../model';
import type { NewsGraph } from './types';

/**
 * The stored graph as a GraphBatch (the shape resolve speaks), sorted by id: for listing conflicts or
 * re-applying. A node's `label` is its first label (news nodes have exactly one).
 */
export function graphToBatch(graph: NewsGraph): GraphBatch {
  const nodes: NodeRecord[] = graph
    .nodes()
    .sort(compare)
    .map((id) => {
      const { labels, properties } = graph.getNodeAttributes(id);
      return { id, label: (labels[0] ?? '') as NodeLabel, properties };
    });
  const edges: EdgeRecord[] = graph
    .edges()
    .sort(compare)
    .map((id) => {
      const { type, properties } = graph.getEdgeAttributes(id);
      return { id, type: type as RelationType, from: graph.source(id), to: graph.target(id), properties };
    });
  return { nodes, edges };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
