import * as fs from 'node:fs';
import { formatError, ioError, notFoundError } from '../model';
import { createGraph } from './createGraph';
import { STORE_FORMAT, type NewsGraph } from './types';

/** Reads a store file written by saveGraph. Every failure is one line naming the file (`name`, default the path). */
export function loadGraph(path: string, name = path): NewsGraph {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFoundError('store', `${name}: no such file`);
    if (code === 'EISDIR') throw formatError('store', `${name}: is a directory, not a store file`);
    throw ioError('store', `${name}: cannot read (${code ?? (e as Error).message})`);
  }
  return parseGraph(text, name);
}

/** Builds the graph from the text of a store file; `where` names the file in error messages. */
export function parseGraph(text: string, where = 'graph'): NewsGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw formatError('store', `${where}: not a newsgraph store (not JSON: ${(e as Error).message})`);
  }
  const fail = (what: string) => formatError('store', `${where}: not a newsgraph store (${what})`);
  if (!isRecord(data)) throw fail('not a JSON object');
  const attributes = data.attributes;
  if (!isRecord(attributes)) throw fail('no "attributes" object');
  if (attributes.format !== STORE_FORMAT) {
    throw fail(`format tag ${JSON.stringify(attributes.format ?? null)}, expected "${STORE_FORMAT}"`);
  }
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges)) throw fail('"nodes" and "edges" must be arrays');
  if (attributes.extractions !== undefined && !isRecord(attributes.extractions)) throw fail('"extractions" is not an object');
  const graph = createGraph();
  graph.replaceAttributes({ ...attributes, format: STORE_FORMAT, extractions: (attributes.extractions ?? {}) as never });
  data.nodes.forEach((node: unknown, i: number) => {
    if (!isRecord(node) || typeof node.key !== 'string') throw fail(`node ${i} has no string "key"`);
    const a = node.attributes;
    if (!isRecord(a) || !Array.isArray(a.labels) || !a.labels.every((l) => typeof l === 'string') || !isRecord(a.properties)) {
      throw fail(`node "${node.key}" needs attributes {labels: string[], properties: {}}`);
    }
    if (graph.hasNode(node.key)) throw fail(`node "${node.key}" appears twice`);
    graph.addNode(node.key, { labels: a.labels as string[], properties: a.properties as never });
  });
  data.edges.forEach((edge: unknown, i: number) => {
    if (!isRecord(edge) || typeof edge.key !== 'string') throw fail(`relationship ${i} has no string "key"`);
    const { key, source, target, attributes: a } = edge;
    if (typeof source !== 'string' || typeof target !== 'string') throw fail(`relationship "${key}" needs "source" and "target"`);
    if (!graph.hasNode(source) || !graph.hasNode(target)) throw fail(`relationship "${key}" refers to a missing node`);
    if (!isRecord(a) || typeof a.type !== 'string' || !isRecord(a.properties)) {
      throw fail(`relationship "${key}" needs attributes {type: string, properties: {}}`);
    }
    if (graph.hasEdge(key)) throw fail(`relationship "${key}" appears twice`);
    graph.addEdgeWithKey(key, source, target, { type: a.type, properties: a.properties as never });
  });
  return graph;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
