/**
 * Cypher values -> JSON for `POST /api/query`, and JSON parameters -> Cypher values.
 *
 * Results (documented in src/server/README.md):
 *   null, boolean, string      as is
 *   INTEGER                    a JSON number; outside ±(2^53-1): {"$type":"Integer","value":"<decimal>"}
 *   FLOAT                      a JSON number; NaN/±Infinity: {"$type":"Float","value":"NaN"|"Infinity"|"-Infinity"}
 *   LIST                       an array
 *   MAP                        {"$type":"Map","value":{...}}
 *   NODE                       {"$type":"Node","key","labels":[...],"properties":{...}}
 *   RELATIONSHIP               {"$type":"Relationship","key","type","start","end","properties":{...}}
 *   PATH                       {"$type":"Path","nodes":[Node...],"relationships":[Relationship...]}
 *   temporal                   {"$type":"Date"|"LocalTime"|"Time"|"LocalDateTime"|"DateTime"|"Duration","value":"<ISO>"}
 * Every object is tagged with `$type`, so a result is never ambiguous.
 *
 * Parameters: JSON numbers that are integers become INTEGER (bigint), others FLOAT; objects become MAPs;
 * {"$type":"Integer","value":"..."} and {"$type":"Float","value":n} force the type.
 */
import type Graph from 'graphology';
import { inputError } from '../../model/errors';
import {
  NodeValue,
  PathValue,
  RelationshipValue,
  TemporalValue,
  type CypherMap,
  type CypherValue,
} from '../../cypher/values/types';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export function encodeValue(v: unknown, graph: Graph): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') {
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER)
      ? Number(v)
      : { $type: 'Integer', value: v.toString() };
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $type: 'Float', value: String(v) };
  if (Array.isArray(v)) return v.map((x) => encodeValue(x, graph));
  if (v instanceof Map) return { $type: 'Map', value: encodeEntries(v as CypherMap, graph) };
  if (v instanceof NodeValue) return encodeNode(v.key, graph);
  if (v instanceof RelationshipValue) return encodeRelationship(v.key, graph);
  if (v instanceof PathValue)
    return {
      $type: 'Path',
      nodes: v.nodes.map((n) => encodeNode(n.key, graph)),
      relationships: v.relationships.map((r) => encodeRelationship(r.key, graph)),
    };
  if (v instanceof TemporalValue) return { $type: v.temporalType, value: v.toString() };
  if (typeof v === 'object') return { $type: 'Map', value: encodeEntries(new Map(Object.entries(v)), graph) };
  return String(v);
}

function encodeEntries(m: Map<string, unknown>, graph: Graph): { [k: string]: JsonValue } {
  const out: { [k: string]: JsonValue } = {};
  for (const [k, x] of m) out[k] = encodeValue(x, graph);
  return out;
}

function encodeNode(key: string, graph: Graph): JsonValue {
  if (!graph.hasNode(key)) return { $type: 'Node', key, labels: [], properties: {} };
  const a = graph.getNodeAttributes(key) as { labels?: string[]; properties?: Record<string, unknown> };
  return { $type: 'Node', key, labels: [...(a.labels ?? [])], properties: encodeEntries(new Map(Object.entries(a.properties ?? {})), graph) };
}

function encodeRelationship(key: string, graph: Graph): JsonValue {
  if (!graph.hasEdge(key)) return { $type: 'Relationship', key, type: '', start: '', end: '', properties: {} };
  const a = graph.getEdgeAttributes(key) as { type?: string; properties?: Record<string, unknown> };
  return {
    $type: 'Relationship',
    key,
    type: a.type ?? '',
    start: graph.source(key),
    end: graph.target(key),
    properties: encodeEntries(new Map(Object.entries(a.properties ?? {})), graph),
  };
}

/** JSON request parameters -> Cypher values (see the header). */
export function decodeParams(params: unknown): Map<string, CypherValue> {
  if (params === undefined || params === null) return new Map();
  if (typeof params !== 'object' || Array.isArray(params)) throw inputError('server.query', 'params must be a JSON object');
  return new Map(Object.entries(params as Record<string, unknown>).map(([k, v]) => [k, decodeParam(v, k)]));
}

function decodeParam(v: unknown, path: string): CypherValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map((x, i) => decodeParam(x, `${path}[${i}]`));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.$type === 'Integer' && (typeof o.value === 'string' || typeof o.value === 'number')) {
      try {
        return BigInt(o.value);
      } catch {
        throw inputError('server.query', `params.${path}: not an integer: ${JSON.stringify(o.value)}`);
      }
    }
    if (o.$type === 'Float' && (typeof o.value === 'number' || typeof o.value === 'string')) return Number(o.value);
    return new Map(Object.entries(o).map(([k, x]) => [k, decodeParam(x, `${path}.${k}`)]));
  }
  throw inputError('server.query', `params.${path}: unsupported value`);
}
