/**
 * Where the server gets its graph, saves writes, and writes GraphML: the one place that binds to
 * src/store and src/export.
 */
import type Graph from 'graphology';
import { loadGraph, saveGraph, type NewsGraph } from '../store';
import { graphmlChunks } from '../export/graphml';

/** Loads a store file (docs/store-format.md): NOT_FOUND when missing, FORMAT when not a store. */
export async function loadStoreGraph(path: string): Promise<Graph> {
  return loadGraph(path) as unknown as Graph;
}

/** Saves the graph back to its store file atomically (after a write query with --allow-writes). */
export function saveStoreGraph(path: string, graph: Graph): void {
  saveGraph(path, graph as unknown as NewsGraph);
}

/** The whole graph as GraphML, in chunks (src/export/graphml). */
export function graphmlWriter(graph: Graph): Iterable<string> {
  return graphmlChunks(graph as unknown as NewsGraph);
}
