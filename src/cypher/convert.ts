/**
 * JS <-> Cypher value conversion for users of the engine.
 *   fromJs: number -> INTEGER when Number.isInteger, else FLOAT; bigint -> INTEGER; string, boolean,
 *           null/undefined -> NULL; array -> LIST; plain object or Map -> MAP; Cypher values pass through.
 *   toJs:   INTEGER -> number when it is a safe integer, else bigint; FLOAT -> number; MAP -> plain object;
 *           NODE -> {id, labels, properties}; RELATIONSHIP -> {id, type, start, end, properties};
 *           PATH -> {nodes, relationships}; temporal -> its ISO string.
 */
import { NodeValue, PathValue, RelationshipValue, TemporalValue, type CypherValue, type GraphAccess } from './values/types';

/** where fromJsParams keeps list parameters still in their JS form (see fromJsParams) */
export const RAW_LISTS: unique symbol = Symbol('newsgraph.rawListParams');

/** a parameter object as fromJsParams makes it: converted values, and lists still to convert */
export type Params = Record<string, CypherValue> & { [RAW_LISTS]?: Record<string, readonly unknown[]> };

/** the empty parameter set, shared (frozen) */
export const NO_PARAMS: Params = Object.freeze({}) as Params;

/**
 * Parameters from JS values for CypherEngine.run. Scalars and maps are converted at once (fromJs); a
 * list parameter is kept as it is and converted when the statement first reads it, except that
 * `UNWIND $list` converts one element per row as it goes. A batch of 10k rows then never holds 10k
 * converted maps at once: each dies young, instead of surviving the statement through every
 * scavenge (which was a fifth of a `UNWIND $rows MERGE ...` batch). Values are the same as fromJs's.
 */
export function fromJsParams(params: Record<string, unknown>): Params {
  let out: Params | undefined;
  let raw: Record<string, readonly unknown[]> | undefined;
  for (const k in params) {
    if (!Object.prototype.hasOwnProperty.call(params, k)) continue;
    const v = params[k];
    if (Array.isArray(v)) (raw ??= {})[k] = v;
    else (out ??= {})[k] = fromJs(v);
  }
  if (raw) (out ??= {})[RAW_LISTS] = raw;
  // no parameters: the shared empty set (a statement writes into its parameters only to keep a
  // list it converted, and an empty set has none)
  return out ?? NO_PARAMS;
}

/** a parameter's value: converted, or converted now (and kept) when it is a list still in JS form */
export function paramValue(params: Params, name: string): CypherValue | undefined {
  const v = params[name];
  if (v !== undefined) return v;
  const raw = params[RAW_LISTS]?.[name];
  if (raw === undefined) return undefined;
  const converted = fromJs(raw);
  params[name] = converted;
  return converted;
}

/** whether a statement has the parameter (converted or not) */
export function hasParam(params: Params, name: string): boolean {
  return name in params || (params[RAW_LISTS] !== undefined && name in params[RAW_LISTS]!);
}

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
