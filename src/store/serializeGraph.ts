import { canonicalJson } from './canonicalJson';
import { compareStrings } from '../model/compareStrings';
import { edgeJson, nodeJson, storeText } from './storeText';
import type { EdgeAttributes, NewsGraph } from './types';

/**
 * The store file's text (docs/store-format.md) for a graph, as a sequence of chunks (storeText): nodes
 * and edges sorted by key, every object's keys sorted (node and relationship properties: `id`,
 * `name`, then the rest sorted), one node, edge or extraction per line. Deterministic: the same graph
 * gives the same bytes.
 */
export function serializeGraph(graph: NewsGraph): Generator<string> {
  return storeText(graph, graph.getAttributes(), graphNodes(graph), graphEdges(graph));
}

function* graphNodes(graph: NewsGraph): Generator<string> {
  for (const key of graph.nodes().sort(compareStrings)) {
    const { labels, properties } = graph.getNodeAttributes(key);
    yield nodeJson(key, canonicalJson(labels), properties);
  }
}

function* graphEdges(graph: NewsGraph): Generator<string> {
  // each edge's key, attributes and ends gathered in one pass (not three look-ups per key), then sorted
  const edges: [key: string, attributes: EdgeAttributes, source: string, target: string][] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push([key, attributes, source, target]);
  });
  edges.sort((a, b) => compareStrings(a[0], b[0]));
  for (const [key, { type, properties }, source, target] of edges) yield edgeJson(key, type, properties, source, target);
}
