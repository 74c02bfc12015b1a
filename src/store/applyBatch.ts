import type { GraphBatch } from '../model';
import type { NewsGraph } from './types';
import { useAdjacencyDictionaries } from './adjacencyDictionaries';
import { sortedById } from './sortedById';
import { addEntity, addRelation, mergeEntity, mergeRelation } from './verbs';

export interface ApplyBatchOptions {
  /** 'add' (default): every id must be new (CONFLICT otherwise); 'merge': upsert into what is stored */
  mode?: 'add' | 'merge';
  /** store the records' property objects themselves, not copies (saves memory; the caller must not reuse them) */
  adopt?: boolean;
}

export interface ApplyBatchResult {
  nodesAdded: number;
  nodesMerged: number;
  edgesAdded: number;
  edgesMerged: number;
}

/** From this many relationships in a batch, applyBatch makes the neighbour indexes dictionaries first. */
export const DICTIONARY_AT = 1000;

/** Applies a resolved batch: all nodes first (sorted by id), then all relationships (sorted by id). */
export function applyBatch(graph: NewsGraph, batch: GraphBatch, options: ApplyBatchOptions = {}): ApplyBatchResult {
  const merge = options.mode === 'merge';
  const result: ApplyBatchResult = { nodesAdded: 0, nodesMerged: 0, edgesAdded: 0, edgesMerged: 0 };
  for (const node of sortedById(batch.nodes)) {
    if (!merge) {
      addEntity(graph, node, options.adopt);
      result.nodesAdded++;
    } else if (mergeEntity(graph, node)) result.nodesAdded++;
    else result.nodesMerged++;
  }
  // many relationships to come: make the nodes' neighbour indexes dictionaries first (a third of the
  // step on a large build; see adjacencyDictionaries.ts)
  if (batch.edges.length >= DICTIONARY_AT) useAdjacencyDictionaries(graph);
  for (const edge of sortedById(batch.edges)) {
    if (!merge) {
      addRelation(graph, edge, options.adopt);
      result.edgesAdded++;
    } else if (mergeRelation(graph, edge)) result.edgesAdded++;
    else result.edgesMerged++;
  }
  return result;
}
