/**
 * JS <-> Cypher value conversion for users of the engine.
 *   fromJs: number -> INTEGER when Number.isInteger, else FLOAT; bigint -> INTEGER; string, boolean,
 *           null/undefined -> NULL; array -> LIST; plain object or Map -> MAP; Cypher values pass through.
 *   toJs:   INTEGER -> number when it is a safe integer, else bigint; FLOAT -> number; MAP -> plain object;
 *           NODE -> {id, labels, properties}; RELATIONSHIP -> {id, type, start, end, properties};
 *           PATH -> {nodes, relationships}; temporal -> its ISO string.
 */
import { NodeValue, PathValue, RelationshipValue, TemporalValue, type CypherValue, type GraphAccess } from './values/types';

export function fromJs(v: unknown): CypherValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? BigInt(v) : v;
    case 'bigint':
    case 'string':
    case 'boolean':
      return v;
  }
  if (Array.isArray(v)) {
    const out = new Array<CypherValue>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = fromJs(v[i]);
    return out;
  }
  if (v instanceof NodeValue || v instanceof RelationshipValue || v instanceof PathValue || v instanceof TemporalValue) return v;
  if (v instanceof Map) {
    const m = new Map<string, CypherValue>();
    for (const [k, x] of v) m.set(String(k), fromJs(x));
    return m;
  }
  if (typeof v === 'object') {
    const m = new Map<string, CypherValue>();
    const o = v as Record<string, unknown>;
    // for-in over own keys: no key array per object (rows of UNWIND $rows are thousands of them)
    for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) m.set(k, fromJs(o[k]));
    return m;
  }
  return String(v);
}

export type JsValue = null | boolean | number | bigint | string | JsValue[] | { [k: string]: JsValue };

export function toJs(v: CypherValue, access: GraphAccess): JsValue {
  if (v === null) return null;
  switch (typeof v) {
    case 'bigint': {
      // a bigint outside the safe range converts to an unsafe number (rounded), never to a safe one
      const n = Number(v);
      return Number.isSafeInteger(n) ? n : v;
    }
    case 'number':
    case 'string':
    case 'boolean':
      return v;
  }
  if (Array.isArray(v)) return v.map((x) => toJs(x, access));
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [k, toJs(x, access)]));
  if (v instanceof NodeValue) {
    return { id: Number(access.nodeId(v)), key: v.key, labels: access.labels(v), properties: toJs(access.nodeProperties(v), access) };
  }
  if (v instanceof RelationshipValue) {
    return {
      id: Number(access.relationshipId(v)),
      key: v.key,
      type: access.relationshipType(v),
      start: Number(access.nodeId(access.startNode(v))),
      end: Number(access.nodeId(access.endNode(v))),
      properties: toJs(access.relationshipProperties(v), access),
    };
  }
  if (v instanceof PathValue) {
    return { nodes: v.nodes.map((n) => toJs(n, access)), relationships: v.relationships.map((r) => toJs(r, access)) };
  }
  return v.toString();
}
