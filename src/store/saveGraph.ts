import type { Extraction, GraphBatch } from '../model';
import { serializeBatch } from './serializeBatch';
import { serializeGraph } from './serializeGraph';
import type { NewsGraph } from './types';
import { writeFileAtomic, writeFileAtomicOverlapped } from '../files';

/** Saves the graph to `path` as the deterministic store file, atomically (writeFileAtomic). */
export function saveGraph(path: string, graph: NewsGraph): void {
  writeFileAtomic(path, serializeGraph(graph), 'store');
}

/**
 * Saves a resolved batch and its extractions as the store file a graph of them would give
 * (serializeBatch), atomically; the text is written by another thread while it is produced
 * (writeFileAtomicOverlapped), since a build's store is large.
 */
export async function saveBatch(path: string, batch: GraphBatch, extractions: Readonly<Record<string, Extraction>>): Promise<void> {
  // async: a batch refused by serializeBatch (CONFLICT, NOT_FOUND) rejects, like a failed write
  await writeFileAtomicOverlapped(path, serializeBatch(batch, extractions), 'store');
}
