import { compareStrings, type EdgeRecord, type GraphBatch, type NodeLabel, type NodeRecord, type RelationType } from '../model';
import type { NewsGraph } from './types';

/**
 * The stored graph as a GraphBatch (the shape resolve speaks), sorted by id: for listing conflicts or
 * re-applying. A node's `label` is its first label (news nodes have exactly one).
 */
export function graphToBatch(graph: NewsGraph): GraphBatch {
  const nodes: NodeRecord[] = graph
    .nodes()
    .sort(compareStrings)
    .map((id) => {
      const { labels, properties } = graph.getNodeAttributes(id);
      return { id, label: (labels[0] ?? '') as NodeLabel, properties };
    });
  const edges: EdgeRecord[] = graph
    .edges()
    .sort(compareStrings)
    .map((id) => {
      const { type, properties } = graph.getEdgeAttributes(id);
      return { id, type: type as RelationType, from: graph.source(id), to: graph.target(id), properties };
    });
  return { nodes, edges };
}
