import type { Extraction, GraphBatch } from '../model';
import { serializeBatch } from './serializeBatch';
import { serializeGraph } from './serializeGraph';
import type { NewsGraph } from './types';
import { writeFileAtomic } from './writeFileAtomic';

/** Saves the graph to `path` as the deterministic store file, atomically (writeFileAtomic). */
export function saveGraph(path: string, graph: NewsGraph): void {
  writeFileAtomic(path, serializeGraph(graph), 'store');
}

/** Saves a resolved batch and its extractions as the store file a graph of them would give (serializeBatch), atomically. */
export function saveBatch(path: string, batch: GraphBatch, extractions: Readonly<Record<string, Extraction>>): void {
  writeFileAtomic(path, serializeBatch(batch, extractions), 'store');
}
