/**
 * Reads GraphML into a store graph, restoring every property with its type: attr.type casts scalars,
 * `attr.list` keys hold JSON arrays, `newsgraph.encoding="json"` (on a key, or on one <data>) holds any
 * JSON value. Our bookkeeping keys: id "labels" on nodes (":Person", APOC style) and id "type" on edges.
 * Files from other tools load too: unknown attr.type values are read as strings (graphology-graphml
 * throws on them), nodes without labels get none, edges without a type get "RELATED", edges
 * without an id get "edge:<n>", and an undirected graph is stored with its edges as written.
 */
import * as fs from 'node:fs';
import { formatError, ioError, lookupTable, notFoundError, setOwn, type Properties } from '../../model';
import { createGraph, STORE_FORMAT, type NewsGraph } from '../../store';
import { parseLabels } from './labelsText';
import { parseXml } from './parseXml';
import { ENCODING_ATTRIBUTE, LABELS_KEY, TYPE_KEY } from './writeGraphml';

export const DEFAULT_EDGE_TYPE = 'RELATED';

interface KeyDecl {
  id: string;
  domain: string;
  name: string;
  type: string;
  list?: string;
  json: boolean;
  defaultText?: string;
}

interface Item {
  kind: 'node' | 'edge' | 'graph';
  id?: string;
  source?: string;
  target?: string;
  data: { key: string; text: string; json: boolean }[];
  line: string;
}

/** Reads a GraphML file; messages name it `name` (default the path). */
export function readGraphmlFile(path: string, name = path): NewsGraph {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFoundError('graphml', `${name}: no such file`);
    throw ioError('graphml', `${name}: cannot read (${code ?? (e as Error).message})`);
  }
  return readGraphml(text, name);
}

export function readGraphml(xml: string, where = 'graphml'): NewsGraph {
  const fail = (what: string) => formatError('graphml', `${where}: ${what}`);
  const keys = new Map<string, KeyDecl>();
  const items: Item[] = [];
  let sawRoot = false;
  let graphItem: Item | undefined;
  let key: KeyDecl | undefined;
  let inDefault = false;
  let item: Item | undefined;
  let data: { key: string; text: string; json: boolean } | undefined;

  parseXml(
    xml,
    {
      open(name, a) {
        const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
        switch (local) {
          case 'graphml':
            sawRoot = true;
            break;
          case 'key':
            if (!a.id) throw fail('a <key> without an id');
            key = { id: a.id, domain: a.for ?? 'all', name: a['attr.name'] ?? a.id, type: (a['attr.type'] ?? 'string').toLowerCase(), list: a['attr.list'], json: a[ENCODING_ATTRIBUTE] === 'json' };
            keys.set(a.id, key);
            break;
          case 'default':
            if (key) {
              inDefault = true;
              key.defaultText = '';
            }
            break;
          case 'graph':
            if (graphItem) throw fail('nested or several graphs are not supported');
            graphItem = { kind: 'graph', data: [], line: 'the graph' };
            break;
          case 'node':
            if (a.id === undefined) throw fail('a <node> without an id');
            item = { kind: 'node', id: a.id, data: [], line: `node "${a.id}"` };
            break;
          case 'edge':
            if (a.source === undefined || a.target === undefined) throw fail('an <edge> without source or target');
            item = { kind: 'edge', id: a.id, source: a.source, target: a.target, data: [], line: `edge "${a.id ?? `${a.source}->${a.target}`}"` };
            break;
          case 'data':
            if (!a.key) throw fail('a <data> without a key');
            data = { key: a.key, text: '', json: a[ENCODING_ATTRIBUTE] === 'json' };
            break;
          case 'hyperedge':
            throw formatError('graphml', `${where}: hyperedges are not supported`);
          default:
            break;
        }
      },
      text(t) {
        if (data) data.text += t;
        else if (inDefault && key) key.defaultText += t;
      },
      close(name) {
        const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
        if (local === 'data' && data) {
          (item ?? graphItem)?.data.push(data);
          data = undefined;
        } else if (local === 'default') inDefault = false;
        else if (local === 'key') key = undefined;
        else if ((local === 'node' || local === 'edge') && item) {
          items.push(item);
          item = undefined;
        }
      },
    },
    where,
  );
  if (!sawRoot) throw fail('not GraphML (no <graphml> root element)');
  if (!graphItem) throw fail('no <graph> element');
  return buildGraph(keys, [graphItem, ...items], fail);
}

function buildGraph(keys: Map<string, KeyDecl>, items: Item[], fail: (what: string) => Error): NewsGraph {
  const graph = createGraph();
  const defaults = (domain: string) => [...keys.values()].filter((k) => k.defaultText !== undefined && (k.domain === domain || k.domain === 'all'));
  const read = (item: Item) => {
    const labels: string[] = [];
    let type: string | undefined;
    const properties: Properties = {};
    const seen = new Set<string>();
    for (const d of item.data) {
      const decl = keys.get(d.key);
      if (!decl) throw fail(`${item.line}: <data key="${d.key}"> has no <key> declaration`);
      seen.add(decl.id);
      if (item.kind === 'node' && decl.id === LABELS_KEY) labels.push(...parseLabels(d.text));
      else if (item.kind === 'edge' && decl.id === TYPE_KEY) type = d.text;
      else setOwn(properties, decl.name, castValue(decl, d.text, d.json, item.line, fail) as Properties[string]);
    }
    for (const decl of defaults(item.kind)) {
      if (seen.has(decl.id) || decl.id === LABELS_KEY || decl.id === TYPE_KEY) continue;
      setOwn(properties, decl.name, castValue(decl, decl.defaultText!, false, item.line, fail) as Properties[string]);
    }
    return { labels, type, properties };
  };

  const attributes: Record<string, unknown> = {};
  const nodes = items.filter((x) => x.kind === 'node');
  const edges = items.filter((x) => x.kind === 'edge');
  for (const g of items.filter((x) => x.kind === 'graph')) {
    const { properties } = read(g);
    for (const k of Object.keys(properties)) setOwn(attributes, k, properties[k]);
  }
  graph.replaceAttributes({ ...attributes, format: STORE_FORMAT, extractions: (isRecord(attributes.extractions) ? attributes.extractions : {}) as never });
  for (const node of nodes) {
    if (graph.hasNode(node.id!)) throw fail(`node "${node.id}" appears twice`);
    const { labels, properties } = read(node);
    graph.addNode(node.id!, { labels, properties });
  }
  edges.forEach((edge, index) => {
    const { type, properties } = read(edge);
    for (const end of [edge.source!, edge.target!]) if (!graph.hasNode(end)) throw fail(`${edge.line}: no node "${end}"`);
    let id = edge.id ?? `edge:${index}`;
    if (graph.hasEdge(id)) {
      if (edge.id !== undefined) throw fail(`edge "${id}" appears twice`);
      id = `edge:${index}:${edge.source}:${edge.target}`;
    }
    graph.addEdgeWithKey(id, edge.source!, edge.target!, { type: type ?? DEFAULT_EDGE_TYPE, properties });
  });
  return graph;
}

/** the words a GraphML number may be written as beside digits ("NaN", "INF", "-Infinity": Java's and yEd's forms) */
const SPECIAL_NUMBERS: Record<string, number> = lookupTable({ nan: NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity });

function castValue(decl: KeyDecl, text: string, json: boolean, line: string, fail: (what: string) => Error): unknown {
  const bad = (what: string) => fail(`${line}: value of "${decl.name}" ${what}`);
  if (json || decl.json || decl.list !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw bad(`is not the JSON its key declares: ${JSON.stringify(text.slice(0, 40))}`);
    }
    if (decl.list !== undefined && !json && !Array.isArray(value)) throw bad('is not a JSON array (attr.list)');
    return value;
  }
  const t = text.trim();
  switch (decl.type) {
    case 'boolean':
      if (/^(true|1)$/i.test(t)) return true;
      if (/^(false|0)$/i.test(t)) return false;
      throw bad(`is not a boolean: ${JSON.stringify(t)}`);
    case 'int':
    case 'long':
      if (!/^[-+]?\d+$/.test(t)) throw bad(`is not an integer: ${JSON.stringify(t)}`);
      return Number(t);
    case 'float':
    case 'double': {
      const lower = t.toLowerCase();
      if (lower in SPECIAL_NUMBERS) return SPECIAL_NUMBERS[lower];
      const n = Number(t);
      if (t === '' || Number.isNaN(n)) throw bad(`is not a number: ${JSON.stringify(t)}`);
      return n;
    }
    default:
      return text;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
