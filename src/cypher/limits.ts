/**
 * Per-query limits: options with defaults and validation. Hitting a limit raises a CypherError whose
 * detail is `LIMIT` (plus `limit: <name>`), never a hang.
 */
import { CypherError } from './values/types';

export interface CypherLimits {
  /** wall-clock time one statement may run, in ms */
  timeoutMs: number;
  /** rows one statement may return */
  maxRows: number;
  /** tokens in the query text */
  maxTokens: number;
  /** plans kept in the LRU plan cache */
  planCacheSize: number;
}

export const DEFAULT_LIMITS: CypherLimits = {
  timeoutMs: 60_000,
  maxRows: 10_000_000,
  maxTokens: 100_000,
  planCacheSize: 500,
};

export function validateLimits(partial: Partial<CypherLimits> = {}): CypherLimits {
  const out = { ...DEFAULT_LIMITS, ...partial };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== 'number' || !(v > 0) || Number.isNaN(v)) {
      throw new RangeError(`cypher: limit ${k} must be a positive number, got ${String(v)}`);
    }
  }
  return out;
}

export class CypherLimitError extends CypherError {
  constructor(readonly limit: string, message: string) {
    super('ArgumentError', 'LIMIT', `cypher: ${message}`, 'runtime');
  }
}

export function limitError(limit: string, message: string): CypherError {
  return new CypherLimitError(limit, message);
}
