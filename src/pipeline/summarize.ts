import type { IngestProblem } from '../model';
import type { NewsGraph } from '../store';

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

export function summarize(
  graph: NewsGraph,
  facts: Pick<BuildSummary, 'files' | 'added' | 'duplicates' | 'problems' | 'notices' | 'conflicts' | 'workers' | 'sentences'>,
): BuildSummary {
  const nodesByLabel: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  graph.forEachNode((_, a) => {
    for (const label of a.labels) nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
  });
  graph.forEachEdge((_, a) => {
    relationshipsByType[a.type] = (relationshipsByType[a.type] ?? 0) + 1;
  });
  return {
    articles: nodesByLabel.Article ?? 0,
    ...facts,
    nodes: graph.order,
    relationships: graph.size,
    nodesByLabel: sortRecord(nodesByLabel),
    relationshipsByType: sortRecord(relationshipsByType),
  };
}

function sortRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
}
