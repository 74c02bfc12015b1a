import { serializeGraph } from './serializeGraph';
import type { NewsGraph } from './types';
import { writeFileAtomic } from './writeFileAtomic';

/** Saves the graph to `path` as the deterministic store file, atomically (writeFileAtomic). */
export function saveGraph(path: string, graph: NewsGraph): void {
  writeFileAtomic(path, serializeGraph(graph), 'store');
}
