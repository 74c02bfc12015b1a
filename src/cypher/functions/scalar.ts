/**
 * Scalar functions that read the clock or randomness: timestamp() (milliseconds since the epoch, fixed
 * for the statement) and randomUUID().
 */
import { randomUUID } from 'node:crypto';
import { def } from './args';
import type { FunctionDef } from './types';

export const SCALAR_FUNCTIONS: FunctionDef[] = [
  def('timestamp', 0, 0, (_args, ctx) => BigInt(ctx.statementTime.getTime()), false),
  def('randomUUID', 0, 0, () => randomUUID(), false),
];
