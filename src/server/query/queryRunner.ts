/**
 * What the server needs from a Cypher engine. The embedded engine is bound in ../sharedEngine.ts (the
 * default of startServer); tests and embedders may pass another factory (ServerOptions.queryRunner).
 */
import type Graph from 'graphology';
import type { CypherValue } from '../../cypher/values/types';

export interface QueryLimits {
  timeoutMs: number;
  maxRows: number;
  readOnly: boolean;
}

export interface QueryOutput {
  columns: string[];
  /** one array per row in column order (a Map or record keyed by column is accepted too) */
  rows: Array<unknown[] | Map<string, unknown> | Record<string, unknown>>;
  /** counters such as nodesCreated; any non-zero one means the graph changed */
  stats?: { [counter: string]: unknown } | object;
}

export interface QueryRunner {
  run(query: string, params: Map<string, CypherValue>, limits: QueryLimits): QueryOutput | Promise<QueryOutput>;
  /** whether the query would change the graph (compiles it; throws its compile-time error). When a
   *  runner cannot tell, the server falls back to a lexical scan (findWriteClause). */
  updates?(query: string): boolean;
}

export type QueryRunnerFactory = (graph: Graph, limits: QueryLimits) => QueryRunner;

/** rows in column order whatever shape the engine gives */
export function rowValues(columns: string[], row: QueryOutput['rows'][number]): unknown[] {
  if (Array.isArray(row)) return row;
  if (row instanceof Map) return columns.map((c) => row.get(c));
  return columns.map((c) => (row as Record<string, unknown>)[c]);
}

export function changedGraph(stats: QueryOutput['stats']): boolean {
  if (!stats) return false;
  return Object.values(stats as Record<string, unknown>).some((v) => (typeof v === 'number' && v > 0) || (typeof v === 'bigint' && v > 0n) || v === true);
}
