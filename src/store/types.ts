/**
 * The shapes the store keeps in graphology (docs/store-format.md). Bookkeeping (labels, type) is kept
 * apart from properties, so a property called `labels` or `type` is just a property.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { Extraction, Properties } from '../model';

/** The format tag written to every store file; loadGraph refuses any other. */
export const STORE_FORMAT = 'newsgraph/1';

export interface NodeAttributes {
  labels: string[];
  properties: Properties;
}

export interface EdgeAttributes {
  type: string;
  properties: Properties;
}

export interface GraphAttributes {
  format: string;
  /** per-article extraction results, keyed by article id, so `build --append` re-resolves without re-extracting */
  extractions: Record<string, Extraction>;
  [other: string]: unknown;
}

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
