import type { StoreGraph } from './graphStore';

/** graphology's per-node record, as far as this file relies on it (not part of graphology's API) */
interface NodeData {
  in?: unknown;
  out?: unknown;
}

/** how many created nodes wait for useNeighbourDictionaries at most (past that, new ones are left as they are) */
export const MAX_PENDING_NEIGHBOUR_INDEXES = 1 << 20;

/**
 * Make the neighbour indexes of the given nodes V8 dictionaries before relationships are added to them.
 *
 * graphology keeps each node's neighbours in plain objects keyed by neighbour key (`in` and `out` of
 * its private node records). Filled one new key at a time, such an object gets a new hidden class per
 * key (and the garbage of the old ones) until V8 gives up and makes it a dictionary: on a 1M
 * relationship import through the Bolt endpoint that was about a third of the server's CPU time.
 * Adding two properties and deleting the first turns an object into a dictionary at once. Nothing
 * observable changes (same keys, same enumeration order); a graphology whose internals differ is left
 * as it is (only slower).
 */
export function useNeighbourDictionaries(graph: StoreGraph, keys: readonly string[]): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (let i = 0; i < keys.length; i++) {
    const data = nodes.get(keys[i]) as NodeData | undefined;
    if (data === undefined) continue;
    toDictionary(data.in);
    toDictionary(data.out);
  }
}

function toDictionary(o: unknown): void {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return;
  const record = o as Record<string, unknown>;
  if ('\u0000a' in record || '\u0000b' in record) return;
  record['\u0000a'] = 0;
  record['\u0000b'] = 0;
  delete record['\u0000a'];
  delete record['\u0000b'];
}
