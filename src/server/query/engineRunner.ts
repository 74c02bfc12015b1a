/**
 * The embedded Cypher engine (src/cypher) behind the QueryRunner interface. One engine per graph, built
 * with the server's limits (the engine enforces the timeout between rows and refuses more rows than the
 * cap with a LIMIT error). Write detection asks the engine's planner, which knows every updating clause.
 *
 * Another server over the same graph (the Bolt endpoint) must share the engine, so that the engine's
 * indexes see every write: build it once and pass `queryRunner: () => runnerForEngine(engine)`.
 */
import { CypherEngine } from '../../cypher';
import type { CypherValue } from '../../cypher/values/types';
import type { QueryRunner, QueryRunnerFactory } from './queryRunner';

export function runnerForEngine(engine: CypherEngine): QueryRunner {
  return {
    run(query, params) {
      return engine.run(query, Object.fromEntries(params) as Record<string, CypherValue>);
    },
    updates(query) {
      return engine.plan(query).updating;
    },
  };
}

export const engineRunner: QueryRunnerFactory = (graph, limits) =>
  runnerForEngine(new CypherEngine(graph as never, { limits: { timeoutMs: limits.timeoutMs, maxRows: limits.maxRows } }));
