/**
 * Argument checks shared by the built-in functions. A wrong argument type is a TypeError
 * InvalidArgumentValue at runtime (TCK: toBoolean([]), type(1), labels(1)...); the compile-time checks
 * on literal arguments are the semantic analyser's job.
 */
import { argumentError, argumentTypeError } from '../values/errors';
import { typeName } from '../values/typeName';
import type { CypherValue } from '../values/types';
import type { FunctionContext, FunctionDef } from './types';

export function def(
  name: string,
  minArgs: number,
  maxArgs: number,
  call: (args: CypherValue[], ctx: FunctionContext) => CypherValue,
  deterministic = true,
): FunctionDef {
  return { name, minArgs, maxArgs, call, deterministic };
}

/** a function of one argument that maps null to null */
export function unary(name: string, f: (v: Exclude<CypherValue, null>, ctx: FunctionContext) => CypherValue): FunctionDef {
  return def(name, 1, 1, (args, ctx) => (args[0] === null ? null : f(args[0], ctx)));
}

export function wrongType(fn: string, expected: string, v: CypherValue): never {
  throw argumentTypeError(fn, `expected ${expected} but got ${typeName(v)}`);
}

export function expectString(fn: string, v: CypherValue): string {
  if (typeof v !== 'string') wrongType(fn, 'STRING', v);
  return v;
}

export function expectNumber(fn: string, v: CypherValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  wrongType(fn, 'a number', v);
}

/** an INTEGER argument; a FLOAT with an integral value is accepted (substring('abc', 1.0)) */
export function expectInteger(fn: string, v: CypherValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  wrongType(fn, 'INTEGER', v);
}

/** a non-negative INTEGER that indexes a string or list, as a JS number */
export function expectLength(fn: string, v: CypherValue): number {
  const i = expectInteger(fn, v);
  if (i < 0n) throw argumentError(fn, 'NegativeIntegerArgument', `expected a non-negative INTEGER but got ${i}`);
  return i > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(i);
}

export function expectList(fn: string, v: CypherValue): CypherValue[] {
  if (!Array.isArray(v)) wrongType(fn, 'LIST', v);
  return v;
}
