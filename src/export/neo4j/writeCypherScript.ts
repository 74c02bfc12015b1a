/**
 * `newsgraph export cypher`: the export plan as a parameter-free script for `cypher-shell -f`:
 * constraints, then one `UNWIND [literal rows] AS row MERGE ...` statement per batch, each ending in
 * `;` on its own line. Written through a callback so large graphs stream to disk.
 */
import type { NewsGraph } from '../../store/types';
import { cypherLiteral } from './cypherLiteral';
import { planExport, type Batch } from './exportPlan';

export interface CypherScriptSummary {
  statements: number;
  nodes: number;
  relationships: number;
}

function inline<Row>(batch: Batch<Row>): string {
  const rows = `[\n  ${batch.rows.map((r) => cypherLiteral(r)).join(',\n  ')}\n]`;
  return batch.query.replace('UNWIND $rows AS row', `UNWIND ${rows} AS row`);
}

export function writeCypherScript(
  graph: NewsGraph,
  write: (chunk: string) => void,
  options: { batchSize?: number } = {},
): CypherScriptSummary {
  const plan = planExport(graph, { batchSize: options.batchSize ?? 500 });
  write('// newsgraph export: run with `cypher-shell -f graph.cypher` (constraints, then nodes, then relationships)\n');
  let statements = 0;
  for (const c of plan.constraints) {
    write(`${c};\n`);
    statements++;
  }
  for (const b of [...plan.nodes, ...plan.relationships]) {
    write(`${inline(b as Batch<unknown>)};\n`);
    statements++;
  }
  return { statements, nodes: plan.counts.nodes, relationships: plan.counts.relationships };
}
