/**
 * The whole build, ingest -> extract -> resolve -> store, as one function over data: buildBatch, then
 * the batch applied to a fresh graphology graph with every extraction in its attributes (the graph a
 * saved store loads back as). The CLI's `build` only writes the store, so it saves the batch instead
 * (saveBatch: the same bytes, without building the graph).
 */
import type { GraphBatch } from '../model';
import { applyBatch, createGraph, type NewsGraph } from '../store';
import { buildBatch, type BuildEnvironment, type BuildInput, type BuildProgress } from './buildBatch';
import type { BuildOptions } from './options';
import type { BuildSummary } from './summarize';

export interface BuildResult {
  graph: NewsGraph;
  batch: GraphBatch;
  summary: BuildSummary;
}

export async function buildGraph(
  input: BuildInput,
  options: Partial<BuildOptions> = {},
  progress?: BuildProgress,
  env: BuildEnvironment = {},
): Promise<BuildResult> {
  const { batch, extractions, summary } = await buildBatch(input, options, progress, env);
  progress?.('store', 0, 1);
  const graph = createGraph();
  applyBatch(graph, batch, { adopt: true });
  graph.setAttribute('extractions', extractions);
  progress?.('store', 1, 1);
  return { graph, batch, summary };
}
