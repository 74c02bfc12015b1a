/**
 * Explicit verbs over the store, graphology style: `add*` refuses a key that exists (CONFLICT),
 * `merge*` upserts (mergeProperties), nothing ever replaces a record silently.
 */
import { conflictError, notFoundError, type EdgeRecord, type NodeRecord } from '../model';
import { mergeProperties } from './mergeProperties';
import type { NewsGraph } from './types';

/** Adds a node; `adopt` stores the record's property object itself instead of a copy (the caller gives it up). */
export function addEntity(graph: NewsGraph, node: NodeRecord, adopt = false): void {
  // graphology checks the key itself (a build adds hundreds of thousands of records): our error is
  // worked out only when it refuses
  try {
    graph.addNode(node.id, { labels: [node.label], properties: adopt ? node.properties : { ...node.properties } });
  } catch (e) {
    if (graph.hasNode(node.id)) throw conflictError('store.addEntity', `node "${node.id}" already exists`, { id: node.id });
    throw e;
  }
}

/** Adds the node, or merges its labels and properties into the stored one. Returns true when it was new. */
export function mergeEntity(graph: NewsGraph, node: NodeRecord): boolean {
  if (!graph.hasNode(node.id)) {
    addEntity(graph, node);
    return true;
  }
  const stored = graph.getNodeAttributes(node.id);
  const labels = stored.labels.includes(node.label) ? stored.labels : [...stored.labels, node.label];
  graph.replaceNodeAttributes(node.id, { labels, properties: mergeProperties(stored.properties, node.properties) });
  return false;
}

export function addRelation(graph: NewsGraph, edge: EdgeRecord, adopt = false): void {
  // as in addEntity: graphology refuses a taken key or a missing end before changing anything
  try {
    graph.addEdgeWithKey(edge.id, edge.from, edge.to, { type: edge.type, properties: adopt ? edge.properties : { ...edge.properties } });
  } catch (e) {
    if (graph.hasEdge(edge.id)) throw conflictError('store.addRelation', `relationship "${edge.id}" already exists`, { id: edge.id });
    for (const end of [edge.from, edge.to]) {
      if (!graph.hasNode(end)) {
        throw notFoundError('store.addRelation', `relationship "${edge.id}" refers to a missing node "${end}"`, { id: edge.id, node: end });
      }
    }
    throw e;
  }
}

/** Adds the relationship, or merges its properties into the stored one (same key, same ends). */
export function mergeRelation(graph: NewsGraph, edge: EdgeRecord): boolean {
  if (!graph.hasEdge(edge.id)) {
    addRelation(graph, edge);
    return true;
  }
  if (graph.source(edge.id) !== edge.from || graph.target(edge.id) !== edge.to || graph.getEdgeAttribute(edge.id, 'type') !== edge.type) {
    throw conflictError('store.mergeRelation', `relationship "${edge.id}" exists with other ends or type`, { id: edge.id });
  }
  const stored = graph.getEdgeAttributes(edge.id);
  graph.replaceEdgeAttributes(edge.id, { type: stored.type, properties: mergeProperties(stored.properties, edge.properties) });
  return false;
}
