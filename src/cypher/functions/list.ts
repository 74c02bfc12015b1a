/**
 * List functions: head, last, tail, range, coalesce, isEmpty. (size and reverse live with the string
 * functions, since they take both; keys, nodes, relationships, labels with the graph functions.)
 */
import { argumentError } from '../values/errors';
import { typeName } from '../values/typeName';
import type { CypherValue } from '../values/types';
import { def, expectList, unary, wrongType } from './args';
import type { FunctionDef } from './types';

/** range() refuses to materialise more elements than this (ArgumentError NumberOutOfRange) */
export const RANGE_MAX_ELEMENTS = 10_000_000;

function rangeBound(v: CypherValue, what: string): bigint {
  if (typeof v !== 'bigint') {
    throw argumentError('range', 'InvalidArgumentType', `${what} must be an INTEGER but got ${typeName(v)}`);
  }
  return v;
}

function range(args: CypherValue[]): CypherValue {
  if (args.some((a) => a === null)) return null;
  const start = rangeBound(args[0], 'start');
  const end = rangeBound(args[1], 'end');
  const step = args.length > 2 ? rangeBound(args[2], 'step') : 1n;
  if (step === 0n) throw argumentError('range', 'NumberOutOfRange', 'step must not be zero');
  if ((step > 0n && start > end) || (step < 0n && start < end)) return [];
  const count = (end - start) / step + 1n;
  if (count > BigInt(RANGE_MAX_ELEMENTS)) {
    throw argumentError('range', 'NumberOutOfRange', `range of ${count} elements exceeds ${RANGE_MAX_ELEMENTS}`);
  }
  const out: bigint[] = new Array(Number(count));
  let v = start;
  for (let i = 0; i < out.length; i++, v += step) out[i] = v;
  return out;
}

export const LIST_FUNCTIONS: FunctionDef[] = [
  unary('head', (v) => {
    const l = expectList('head', v);
    return l.length > 0 ? l[0] : null;
  }),
  unary('last', (v) => {
    const l = expectList('last', v);
    return l.length > 0 ? l[l.length - 1] : null;
  }),
  unary('tail', (v) => expectList('tail', v).slice(1)),
  def('range', 2, 3, range),
  def('coalesce', 1, Infinity, (args) => {
    for (const a of args) if (a !== null) return a;
    return null;
  }),
  unary('isEmpty', (v) => {
    if (Array.isArray(v)) return v.length === 0;
    if (typeof v === 'string') return v.length === 0;
    if (v instanceof Map) return v.size === 0;
    wrongType('isEmpty', 'LIST, STRING or MAP', v);
  }),
];

