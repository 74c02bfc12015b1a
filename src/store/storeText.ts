import { canonicalJson, orderedJson } from './canonicalJson';
import type { Properties } from '../model';
import type { GraphAttributes } from './types';

/** The graph options a store file records (graphology's `export().options`). */
export interface StoreGraphOptions {
  type: string;
  multi: boolean;
  allowSelfLoops: boolean;
}

/**
 * The store file's text (docs/store-format.md) from its parts, as a sequence of chunks, so a large
 * graph is never one string: graphology's `export()` shape, the graph attributes with sorted keys
 * (the extractions last, one per line, by article id), then the node lines and the edge lines as
 * given (the callers sort them by key: serializeGraph, serializeBatch).
 */
export function* storeText(options: StoreGraphOptions, attributes: GraphAttributes, nodes: Iterable<string>, edges: Iterable<string>): Generator<string> {
  yield `{"options":${canonicalJson({ type: options.type, multi: options.multi, allowSelfLoops: options.allowSelfLoops })},\n`;
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
  for (const line of nodes) {
    yield first ? `\n${line}` : `,\n${line}`;
    first = false;
  }
  yield `],\n"edges":[`;
  first = true;
  for (const line of edges) {
    yield first ? `\n${line}` : `,\n${line}`;
    first = false;
  }
  yield `]}\n`;
}

/** One node's line; `labelsJson` is the labels array as JSON. */
export function nodeJson(key: string, labelsJson: string, properties: Properties): string {
  return `{"attributes":{"labels":${labelsJson},"properties":${propertiesJson(properties)}},"key":${JSON.stringify(key)}}`;
}

/** One relationship's line. */
export function edgeJson(key: string, type: string, properties: Properties, source: string, target: string): string {
  const ends = `"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
  return `{"attributes":{"properties":${propertiesJson(properties)},"type":${JSON.stringify(type)}},${ends}}`;
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
