/**
 * Where the server gets its graph and its GraphML writer: the one place that binds to src/store and
 * src/export, so switching to their functions is a one-line change each.
 */
import { readFile } from 'node:fs/promises';
import Graph from 'graphology';
import { formatError, ioError, notFoundError } from '../model/errors';

/** Loads a store file (docs/store-format.md). Swap the body for src/store's `loadGraph(path)` once it exists. */
export async function loadStoreGraph(path: string): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw notFoundError(`server: ${path}`, 'no such store file (build one with `newsgraph build`)');
    throw ioError(`server: ${path}`, err.message);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw formatError(`server: ${path}`, `not JSON: ${(e as Error).message}`);
  }
  const d = data as { nodes?: unknown; edges?: unknown; options?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw formatError(`server: ${path}`, 'not a newsgraph store (expected graphology export with nodes and edges)');
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.import(data as Parameters<Graph['import']>[0]);
  return graph;
}

/** Writes the whole graph as GraphML; null until src/export/graphml/writeGraphml.ts exists. */
export const graphmlWriter: ((graph: Graph) => string) | null = null;
