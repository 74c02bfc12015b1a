/**
 * One embedded engine behind both front doors of `newsgraph serve`: the HTTP API (viewer, POST
 * /api/query) and the Bolt endpoint. Every statement, from either side, runs in a transaction of the
 * Bolt backend, so they share its readers-writer lock: a Bolt transaction's uncommitted writes are never
 * seen over HTTP, and an HTTP write waits for an open Bolt write transaction. After any committed write
 * the store file is saved (atomically) and `onChange` runs (the viewer drops its cached layout).
 */
import type Graph from 'graphology';
import { CypherEngine } from '../cypher';
import type { CypherValue } from '../cypher/values/types';
import { engineBackend, type EngineBackend } from './bolt/engineBackend';
import { saveStoreGraph } from './graphSource';
import type { QueryRunnerFactory } from './query/queryRunner';

export interface SharedEngine {
  engine: CypherEngine;
  backend: EngineBackend;
  /** for ServerOptions.queryRunner */
  queryRunner: QueryRunnerFactory;
}

export function sharedEngine(
  graph: Graph,
  o: { path: string | null; timeoutMs: number; maxRows: number; readOnly: boolean; onChange?: () => void },
): SharedEngine {
  const engine = new CypherEngine(graph as never, { limits: { timeoutMs: o.timeoutMs, maxRows: o.maxRows } });
  const backend = engineBackend(engine, {
    readOnly: o.readOnly,
    onCommit: () => {
      if (o.path) saveStoreGraph(o.path, graph);
      o.onChange?.();
    },
  });
  const queryRunner: QueryRunnerFactory = () => ({
    async run(query, params, limits) {
      const tx = await backend.begin({ mode: limits.readOnly ? 'r' : 'w' });
      try {
        const r = await tx.run(query, Object.fromEntries(params) as Record<string, CypherValue>);
        await tx.commit();
        return { columns: r.columns, rows: r.rows, stats: r.engineStats };
      } catch (e) {
        await tx.rollback();
        throw e;
      }
    },
    updates: (query) => engine.isUpdating(query),
  });
  return { engine, backend, queryRunner };
}
