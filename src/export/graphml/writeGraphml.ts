/**
 * The GraphML writer (graphology-graphml only parses). Streaming: `graphmlChunks` yields the document
 * piece by piece, `writeGraphml` pipes it into a Writable honouring back-pressure, so a large graph is
 * never one string. Encoding of labels, types, lists and odd values: src/export/README.md.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { compareStrings, getOwn, inputError } from '../../model';
import type { NewsGraph } from '../../store';
import { inferKeys, type KeySpec } from './graphmlKeys';
import { formatLabels } from './labelsText';
import { escapeAttribute, escapeText, hasForbiddenXmlChars, xmlSafeJson } from './xmlText';

export interface GraphmlWriteOptions {
  /** write graph attributes (format tag, stored extractions) as graph-level data; default true */
  graphAttributes?: boolean;
}

/** Key ids of the bookkeeping keys: node labels and relationship type. */
export const LABELS_KEY = 'labels';
export const TYPE_KEY = 'type';
export const ENCODING_ATTRIBUTE = 'newsgraph.encoding';

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

export function* graphmlChunks(graph: NewsGraph, options: GraphmlWriteOptions = {}): Generator<string> {
  const nodes = graph.nodes().sort(compareStrings);
  const edges = graph.edges().sort(compareStrings);
  const graphAttributes = options.graphAttributes === false ? {} : graph.getAttributes();
  const graphKeys = inferKeys('graph', 'g', [graphAttributes]);
  const nodeKeys = inferKeys('node', 'n', nodes.map((n) => graph.getNodeAttribute(n, 'properties')));
  const edgeKeys = inferKeys('edge', 'e', edges.map((e) => graph.getEdgeAttribute(e, 'properties')));

  yield HEADER;
  yield `<key id="${LABELS_KEY}" for="node" attr.name="labels" attr.type="string"/>\n`;
  yield `<key id="${TYPE_KEY}" for="edge" attr.name="type" attr.type="string"/>\n`;
  for (const key of [...graphKeys, ...nodeKeys, ...edgeKeys]) yield keyElement(key);
  yield `<graph id="G" edgedefault="directed">\n`;
  yield dataElements(graphKeys, graphAttributes, 'graph');
  for (const node of nodes) {
    const { labels, properties } = graph.getNodeAttributes(node);
    const labelText = formatLabels(labels);
    yield `<node id="${idAttribute(node, 'node')}">` +
      `<data key="${LABELS_KEY}">${escapeText(checked(labelText, `labels of node "${node}"`))}</data>` +
      `${dataElements(nodeKeys, properties, `node "${node}"`)}</node>\n`;
  }
  for (const edge of edges) {
    const { type, properties } = graph.getEdgeAttributes(edge);
    yield `<edge id="${idAttribute(edge, 'relationship')}" source="${idAttribute(graph.source(edge), 'node')}" target="${idAttribute(graph.target(edge), 'node')}">` +
      `<data key="${TYPE_KEY}">${escapeText(checked(type, `type of relationship "${edge}"`))}</data>` +
      `${dataElements(edgeKeys, properties, `relationship "${edge}"`)}</edge>\n`;
  }
  yield '</graph>\n</graphml>\n';
}

/** Streams the GraphML document into `out` (a file stream, stdout, ...) and resolves when all is written. */
export async function writeGraphml(graph: NewsGraph, out: Writable, options: GraphmlWriteOptions = {}): Promise<void> {
  let buffer = '';
  for (const chunk of graphmlChunks(graph, options)) {
    buffer += chunk;
    if (buffer.length >= 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  if (buffer) out.write(buffer);
}

function keyElement(key: KeySpec): string {
  const type = key.kind === 'list' || key.kind === 'json' ? 'string' : key.kind;
  let extra = '';
  if (key.kind === 'list') extra = ` attr.list="${key.element}"`;
  if (key.kind === 'json') extra = ` ${ENCODING_ATTRIBUTE}="json"`;
  return `<key id="${key.id}" for="${key.domain}" attr.name="${escapeAttribute(checked(key.name, 'a property name'))}" attr.type="${type}"${extra}/>\n`;
}

function dataElements(keys: readonly KeySpec[], record: Record<string, unknown>, where: string): string {
  let out = '';
  for (const key of keys) {
    const value = getOwn(record, key.name);
    if (value === undefined) continue;
    out += dataElement(key, value, where);
  }
  return out;
}

function dataElement(key: KeySpec, value: unknown, where: string): string {
  switch (key.kind) {
    case 'list':
    case 'json':
      return `<data key="${key.id}">${escapeText(xmlSafeJson(value))}</data>`;
    case 'string': {
      const s = value as string;
      // a string XML cannot carry is written as JSON and marked, for this one value
      if (hasForbiddenXmlChars(s)) return `<data key="${key.id}" ${ENCODING_ATTRIBUTE}="json">${escapeText(xmlSafeJson(s))}</data>`;
      return `<data key="${key.id}">${escapeText(s)}</data>`;
    }
    case 'boolean':
    case 'int':
    case 'long':
    case 'double':
      return `<data key="${key.id}">${String(value)}</data>`;
    default:
      throw new Error(`graphml: ${where}: unhandled key kind ${String(key.kind)}`);
  }
}

function idAttribute(id: string, what: string): string {
  return escapeAttribute(checked(id, `${what} id "${id}"`));
}

function checked(s: string, what: string): string {
  if (hasForbiddenXmlChars(s)) throw inputError('export.graphml', `${what} contains characters XML 1.0 cannot carry`);
  return s;
}
