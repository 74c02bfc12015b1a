/**
 * Property values between the store's JSON encoding (docs/store-format.md, "Property values") and
 * Cypher values. INTEGER <-> JSON number without fraction (or {"$int": "..."} beyond 2^53-1);
 * FLOAT <-> JSON number with a fraction (or {"$float": "1"} when integral / NaN / ±Infinity / -0);
 * temporal <-> {"$temporal": type, "value": iso}. Lists element-wise.
 */
import { CypherError, TemporalValue, type CypherValue } from '../values/types';

export type StoreValue = null | boolean | number | string | StoreValue[] | { [k: string]: StoreValue };

type TemporalDecoder = (type: string, value: string) => CypherValue;
let temporalDecoder: TemporalDecoder | null = null;

/** The temporal library registers how to rebuild a temporal value from its ISO form. */
export function setTemporalDecoder(decoder: TemporalDecoder): void {
  temporalDecoder = decoder;
}

export function fromStoreValue(v: unknown): CypherValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    // a member every plain object inherits, read for a property the record does not have ("constructor",
    // "toString"; "__proto__" gives Object.prototype, below): the property is absent
    case 'function':
      return null;
    case 'number':
      return Number.isInteger(v) ? BigInt(v) : v;
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      return v;
  }
  if (Array.isArray(v)) return v.map(fromStoreValue);
  if (v instanceof TemporalValue) return v;
  if (v === Object.prototype) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.$int === 'string') return BigInt(o.$int);
  if (typeof o.$float === 'string') return Number(o.$float);
  if (typeof o.$temporal === 'string' && typeof o.value === 'string') {
    return temporalDecoder ? temporalDecoder(o.$temporal, o.value) : o.value;
  }
  throw new CypherError('TypeError', 'InvalidPropertyType', 'cypher.store: a map is not a property value', 'runtime');
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A Cypher property value in the store encoding; maps and graph entities are rejected (TypeError). */
export function toStoreValue(v: CypherValue): StoreValue {
  if (v === null) return null;
  switch (typeof v) {
    case 'bigint':
      return v <= SAFE && v >= -SAFE ? Number(v) : { $int: v.toString() };
    case 'number':
      if (Number.isInteger(v) && !Object.is(v, -0)) return { $float: String(v) };
      if (!Number.isFinite(v) || Object.is(v, -0)) return { $float: Object.is(v, -0) ? '-0' : String(v) };
      return v;
    case 'string':
    case 'boolean':
      return v;
  }
  if (Array.isArray(v)) return v.map(toStoreValue);
  if (v instanceof TemporalValue) return { $temporal: v.temporalType, value: v.toString() };
  throw new CypherError('TypeError', 'InvalidPropertyType', 'cypher: property values must be primitives or lists of them', 'runtime');
}
