import { canonicalJson, orderedJson } from './canonicalJson';
import type { Properties } from '../model';
import type { EdgeAttributes, NewsGraph } from './types';

/**
 * The store file's text (docs/store-format.md) as a sequence of chunks, so a large graph is never one
 * string: graphology's `export()` shape, nodes and edges sorted by key, every object's keys sorted
 * (node and relationship properties: `id`, `name`, then the rest sorted),
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
    const { labels, properties } = graph.getNodeAttributes(key);
    yield `${first ? '' : ','}\n{"attributes":{"labels":${canonicalJson(labels)},"properties":${propertiesJson(properties)}},"key":${JSON.stringify(key)}}`;
    first = false;
  }
  yield `],\n"edges":[`;
  first = true;
  // each edge's key, attributes and ends gathered in one pass (not three look-ups per key), then sorted
  const edges: [key: string, attributes: EdgeAttributes, source: string, target: string][] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push([key, attributes, source, target]);
  });
  edges.sort((a, b) => compareKeys(a[0], b[0]));
  for (const [key, { type, properties }, source, target] of edges) {
    const ends = `"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
    yield `${first ? '' : ','}\n{"attributes":{"properties":${propertiesJson(properties)},"type":${JSON.stringify(type)}},${ends}}`;
    first = false;
  }
  yield `]}\n`;
}

/** Properties in the order resolve gives them (src/resolve/orderProperties): `id`, `name`, then the rest sorted. */
function propertiesJson(properties: Properties): string {
  const own = Object.keys(properties);
  if (inStoreOrder(properties, own)) return orderedJson(properties, own); // the usual case: no key lists to build
  const keys = own.filter((k) => properties[k] !== undefined);
  const head = ['id', 'name'].filter((k) => keys.includes(k));
  const rest = keys.filter((k) => k !== 'id' && k !== 'name').sort();
  return orderedJson(properties, [...head, ...rest]);
}

/** Are `keys` (the record's own) already `id`, `name`, then the rest sorted, with no undefined value? */
function inStoreOrder(record: Properties, keys: readonly string[]): boolean {
  let i = 0;
  if (keys[i] === 'id') i++;
  if (keys[i] === 'name') i++;
  for (let k = 0; k < keys.length; k++) {
    if (record[keys[k]] === undefined) return false;
    if (k < i) continue;
    if (keys[k] === 'id' || keys[k] === 'name' || (k > i && keys[k - 1] >= keys[k])) return false;
  }
  return true;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
