import { MultiDirectedGraph } from 'graphology';
import { STORE_FORMAT, type EdgeAttributes, type GraphAttributes, type NewsGraph, type NodeAttributes } from './types';

/** An empty store: a directed multigraph that allows self loops, tagged with the store format. */
export function createGraph(): NewsGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
  graph.replaceAttributes({ format: STORE_FORMAT, extractions: {} });
  return graph;
}
