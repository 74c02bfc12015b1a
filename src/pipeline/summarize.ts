import type { GraphBatch, IngestProblem } from '../model';

export interface Duplicate {
  path: string;
  /** the path of the article kept */
  duplicateOf: string;
  reason: 'same file' | 'same text';
}

/** What a build did, for people (the CLI prints it) and machines (`--json`). */
export interface BuildSummary {
  /** articles in the resulting graph */
  articles: number;
  /** of which new in this build */
  added: number;
  /** files found under the inputs */
  files: number;
  duplicates: Duplicate[];
  problems: IngestProblem[];
  /** articles stored with a remark (a language the extractor does not read) */
  notices: IngestProblem[];
  nodes: number;
  relationships: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  conflicts: number;
  /** sentences in all stored extractions */
  sentences: number;
  workers: number;
}

/** The summary of a build whose resolved batch is `batch` (the counts a graph of it would give). */
export function summarize(
  batch: GraphBatch,
  facts: Pick<BuildSummary, 'files' | 'added' | 'duplicates' | 'problems' | 'notices' | 'conflicts' | 'workers' | 'sentences'>,
): BuildSummary {
  const nodesByLabel: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  for (const node of batch.nodes) nodesByLabel[node.label] = (nodesByLabel[node.label] ?? 0) + 1;
  for (const edge of batch.edges) relationshipsByType[edge.type] = (relationshipsByType[edge.type] ?? 0) + 1;
  return {
    articles: nodesByLabel.Article ?? 0,
    ...facts,
    nodes: batch.nodes.length,
    relationships: batch.edges.length,
    nodesByLabel: sortRecord(nodesByLabel),
    relationshipsByType: sortRecord(relationshipsByType),
  };
}

function sortRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
}
