/**
 * The embedded Cypher engine (src/cypher) behind the QueryRunner interface. One engine per graph, built
 * with the server's limits (the engine enforces the timeout between rows and refuses more rows than the
 * cap with a LIMIT error). Write detection asks the engine's planner, which knows every updating clause.
 */
import { CypherEngine } from '../../cypher';
import type { CypherValue } from '../../cypher/values/types';
import type { QueryRunnerFactory } from './queryRunner';

export const engineRunner: QueryRunnerFactory = (graph, limits) => {
  const engine = new CypherEngine(graph as never, { limits: { timeoutMs: limits.timeoutMs, maxRows: limits.maxRows } });
  return {
    run(query, params) {
      return engine.run(query, Object.fromEntries(params) as Record<string, CypherValue>);
    },
    updates(query) {
      return engine.isUpdating(query);
    },
  };
};
