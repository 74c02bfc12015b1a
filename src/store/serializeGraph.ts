import { canonicalJson } from './canonicalJson';
import type { NewsGraph } from './types';

/**
 * The store file's text (docs/store-format.md) as a sequence of chunks, so a large graph is never one
 * string: graphology's `export()` shape, nodes and edges sorted by key, every object's keys sorted,
 * one node, edge or extraction per line. Deterministic: the same graph gives the same bytes.
 */
export function* serializeGraph(graph: NewsGraph): Generator<string> {
  yield `{"options":${canonicalJson({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n`;
  const attributes = graph.getAttributes();
  const { extractions = {}, ...rest } = attributes;
  const restJson = canonicalJson(rest);
  yield `"attributes":{${restJson.slice(1, -1)}${restJson.length > 2 ? ',' : ''}"extractions":{`;
  let first = true;
  for (const id of Object.keys(extractions).sort()) {
    yield `${first ? '' : ','}\n${JSON.stringify(id)}:${canonicalJson(extractions[id])}`;
    first = false;
  }
  yield `}},\n"nodes":[`;
  first = true;
  for (const key of graph.nodes().sort(compareKeys)) {
    yield `${first ? '' : ','}\n${canonicalJson({ key, attributes: graph.getNodeAttributes(key) })}`;
    first = false;
  }
  yield `],\n"edges":[`;
  first = true;
  for (const key of graph.edges().sort(compareKeys)) {
    const entry = { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) };
    yield `${first ? '' : ','}\n${canonicalJson(entry)}`;
    first = false;
  }
  yield `]}\n`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
