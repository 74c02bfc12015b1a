import type { MultiDirectedGraph } from 'graphology';
import type { NewsGraph } from './types';

/** graphology's per-node record, as far as this file relies on it (not part of graphology's API). */
interface NodeData {
  in?: unknown;
  out?: unknown;
}

/**
 * Makes the neighbour indexes of every node (or of the nodes `keys` names) V8 dictionaries before many
 * relationships are added.
 *
 * graphology keeps each node's neighbours in plain objects keyed by neighbour key (`in` and `out`,
 * inside its private `_nodes` map). Filled one new key at a time, such an object gets a new hidden
 * class per key until V8 turns it into a dictionary anyway (from a few dozen keys); on a build's
 * graph (hundreds of thousands of relationships, hub nodes with thousands of neighbours) that churn
 * was about a third of the store step. Adding two properties and deleting the first makes an object a
 * dictionary at once (deleting any but the last-added property does). Nothing observable changes:
 * same keys, same enumeration order. A graphology whose internals differ is left as it is (only
 * slower).
 */
export function useAdjacencyDictionaries(graph: NewsGraph | MultiDirectedGraph<object, object>, keys?: readonly string[]): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  if (keys) {
    // only these nodes (the Cypher engine: nodes it created since it last added a relationship)
    for (let i = 0; i < keys.length; i++) {
      const data = nodes.get(keys[i]) as NodeData | undefined;
      if (data === undefined) continue;
      toDictionary(data.in);
      toDictionary(data.out);
    }
    return;
  }
  for (const data of nodes.values() as IterableIterator<NodeData>) {
    toDictionary(data.in);
    toDictionary(data.out);
  }
}

function toDictionary(o: unknown): void {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return;
  const record = o as Record<string, unknown>;
  if ('\u0000a' in record || '\u0000b' in record) return; // never a neighbour key of ours, but be safe
  record['\u0000a'] = 0;
  record['\u0000b'] = 0;
  delete record['\u0000a'];
  delete record['\u0000b'];
}
