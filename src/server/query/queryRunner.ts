/**
 * What the server needs from a Cypher engine, and the adapter onto ours (src/cypher).
 *
 * The engine (`new CypherEngine(graph).run(query, params) -> {columns, rows, stats}`) is written by
 * another helper; `defaultQueryRunnerFactory` is the single place that binds to it. Until it exists the
 * factory is null and `POST /api/query` answers 501 UNSUPPORTED.
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
  stats?: Record<string, unknown>;
}

export interface QueryRunner {
  run(query: string, params: Map<string, CypherValue>, limits: QueryLimits): QueryOutput | Promise<QueryOutput>;
}

export type QueryRunnerFactory = (graph: Graph) => QueryRunner;

/** Binds the embedded engine; null while src/cypher has no engine. */
export const defaultQueryRunnerFactory: QueryRunnerFactory | null = null;

/** rows in column order whatever shape the engine gives */
export function rowValues(columns: string[], row: QueryOutput['rows'][number]): unknown[] {
  if (Array.isArray(row)) return row;
  if (row instanceof Map) return columns.map((c) => row.get(c));
  return columns.map((c) => (row as Record<string, unknown>)[c]);
}

export function changedGraph(stats: QueryOutput['stats']): boolean {
  if (!stats) return false;
  return Object.values(stats).some((v) => (typeof v === 'number' && v > 0) || (typeof v === 'bigint' && v > 0n) || v === true);
}
