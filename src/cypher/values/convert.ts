/**
 * Conversions behind toBoolean(), toInteger(), toFloat() and toString() (TCK expressions/typeConversion).
 * Each returns null for null input and for a string that does not parse, and throws TypeError
 * InvalidArgumentValue for a type it does not convert (lists, maps, graph entities...). The *OrNull
 * variants (`orNull: true`) return null instead of throwing.
 */
import { INT64_MAX, INT64_MIN } from './arithmetic';
import { argumentTypeError } from './errors';
import { scalarString } from './format';
import { typeName } from './typeName';
import type { CypherValue } from './types';

function reject(fn: string, v: CypherValue, orNull: boolean): null {
  if (orNull) return null;
  throw argumentTypeError(fn, `cannot convert ${typeName(v)}`);
}

/** true/false (case-insensitive, surrounding whitespace ignored); INTEGER 0 is false, others true */
export function toBoolean(v: CypherValue, orNull = false): boolean | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    return s === 'true' ? true : s === 'false' ? false : null;
  }
  if (typeof v === 'bigint') return v !== 0n;
  return reject('toBoolean', v, orNull);
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|NaN|Infinity)$/;

/** a numeric string as Cypher reads it: INTEGER when it is an integer literal in range, else FLOAT, else null */
export function parseNumber(text: string): bigint | number | null {
  const s = text.trim();
  if (INTEGER_TEXT.test(s)) {
    const i = BigInt(s);
    if (i >= INT64_MIN && i <= INT64_MAX) return i;
    return Number(s);
  }
  if (FLOAT_TEXT.test(s)) return Number(s);
  return null;
}

/** a FLOAT truncated toward zero; null when it has no INTEGER value (NaN, infinite, outside 64 bits) */
function truncate(f: number): bigint | null {
  if (!Number.isFinite(f)) return null;
  const i = BigInt(Math.trunc(f));
  return i >= INT64_MIN && i <= INT64_MAX ? i : null;
}

/** FLOATs and numeric strings truncate toward zero ('1.7' -> 1); true -> 1, false -> 0 */
export function toInteger(v: CypherValue, orNull = false): bigint | null {
  if (v === null) return null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return truncate(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === null) return null;
    return typeof n === 'bigint' ? n : truncate(n);
  }
  return reject('toInteger', v, orNull);
}

export function toFloat(v: CypherValue, orNull = false): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const n = parseNumber(v);
    return n === null ? null : Number(n);
  }
  return reject('toFloat', v, orNull);
}

/** numbers, booleans, strings and temporal values; FLOATs as Java prints them (2.0, 1.0E10) */
export function toString(v: CypherValue, orNull = false): string | null {
  if (v === null) return null;
  return scalarString(v) ?? reject('toString', v, orNull);
}
