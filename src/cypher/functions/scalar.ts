/**
 * Scalar functions that fit no family: timestamp() (milliseconds since the epoch, fixed for the
 * statement), randomUUID(), nullIf(a, b) (null when a = b, else a), and exists(v) for the legacy
 * `exists(n.prop)` form (true when the evaluated argument is not null; pattern arguments are the
 * executor's business).
 */
import { randomUUID } from 'node:crypto';
import { equals } from '../values/equality';
import { def } from './args';
import type { FunctionDef } from './types';

export const SCALAR_FUNCTIONS: FunctionDef[] = [
  def('timestamp', 0, 0, (_args, ctx) => BigInt(ctx.statementTime.getTime()), false),
  def('randomUUID', 0, 0, () => randomUUID(), false),
  def('nullIf', 2, 2, ([a, b]) => (equals(a, b) === true ? null : a)),
  def('exists', 1, 1, ([v]) => v !== null),
];
