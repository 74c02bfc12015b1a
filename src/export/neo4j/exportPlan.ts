/**
 * What an export into Neo4j does, computed from the graph without any I/O:
 *   1. a uniqueness constraint on `id` for every node label;
 *   2. nodes, grouped by label, as `UNWIND $rows AS row MERGE (n:L {id: row.id}) SET n = row.props`;
 *   3. relationships, grouped by (type, start label, end label), as
 *      `UNWIND $rows AS row MATCH (a:S {id: row.from}) MATCH (b:E {id: row.to})
 *       MERGE (a)-[r:T {id: row.id}]->(b) SET r = row.props`.
 * MERGE on ids makes the export idempotent: running it twice, or after `build --append`, gives the same
 * graph. Relationships carry their store key as `id` (the only property export adds), so MERGE can
 * tell parallel relationships apart.
 */
import type { NewsGraph } from '../../store/types';
import { constraintName, quoteName } from './cypherNames';

export type StoreProps = Record<string, unknown>;

export interface NodeRow {
  id: string;
  props: StoreProps;
}

export interface RelRow {
  id: string;
  from: string;
  to: string;
  props: StoreProps;
}

export interface Batch<Row> {
  /** fixed query text; rows go in as $rows */
  query: string;
  rows: Row[];
}

export interface ExportPlan {
  constraints: string[];
  nodes: Batch<NodeRow>[];
  relationships: Batch<RelRow>[];
  counts: { nodes: number; relationships: number };
}

export interface PlanOptions {
  /** rows per batch (per transaction) */
  batchSize: number;
}

export const PLAN_DEFAULTS: PlanOptions = { batchSize: 1000 };

/** Nodes without an `id` property get their store key as id, so every node can be merged on it. */
function nodeId(key: string, props: StoreProps): string {
  const id = props.id;
  return typeof id === 'string' ? id : key;
}

function primaryLabel(labels: string[]): string {
  return labels.length ? labels[0] : 'Node';
}

export function planExport(graph: NewsGraph, options: Partial<PlanOptions> = {}): ExportPlan {
  const { batchSize } = { ...PLAN_DEFAULTS, ...options };
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`export: --batch must be a positive integer, got ${batchSize}`);
  }
  const byLabel = new Map<string, { extra: string[]; rows: NodeRow[] }[]>();
  const labelOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  const nodeKeys = graph.nodes().sort();
  for (const key of nodeKeys) {
    const { labels, properties } = graph.getNodeAttributes(key);
    const label = primaryLabel(labels);
    const id = nodeId(key, properties);
    labelOf.set(key, label);
    idOf.set(key, id);
    const extra = labels.slice(1).sort();
    const groups = byLabel.get(label) ?? [];
    let group = groups.find((g) => g.extra.join('\u0000') === extra.join('\u0000'));
    if (!group) {
      group = { extra, rows: [] };
      groups.push(group);
      byLabel.set(label, groups);
    }
    group.rows.push({ id, props: { ...properties, id } });
  }

  const labels = [...byLabel.keys()].sort();
  const constraints = labels.map(
    (l) => `CREATE CONSTRAINT ${constraintName(l)} IF NOT EXISTS FOR (n:${quoteName(l)}) REQUIRE n.id IS UNIQUE`,
  );
  const nodes: Batch<NodeRow>[] = [];
  for (const label of labels) {
    for (const group of byLabel.get(label)!) {
      const more = group.extra.map((l) => `:${quoteName(l)}`).join('');
      const query = `UNWIND $rows AS row MERGE (n:${quoteName(label)} {id: row.id}) SET n = row.props${more ? ` SET n${more}` : ''}`;
      for (let i = 0; i < group.rows.length; i += batchSize) nodes.push({ query, rows: group.rows.slice(i, i + batchSize) });
    }
  }

  const byShape = new Map<string, { type: string; from: string; to: string; rows: RelRow[] }>();
  for (const key of graph.edges().sort()) {
    const { type, properties } = graph.getEdgeAttributes(key);
    const source = graph.source(key);
    const target = graph.target(key);
    const from = labelOf.get(source)!;
    const to = labelOf.get(target)!;
    const shape = `${type}\u0000${from}\u0000${to}`;
    let group = byShape.get(shape);
    if (!group) {
      group = { type, from, to, rows: [] };
      byShape.set(shape, group);
    }
    group.rows.push({ id: key, from: idOf.get(source)!, to: idOf.get(target)!, props: { ...properties, id: key } });
  }
  const relationships: Batch<RelRow>[] = [];
  for (const shape of [...byShape.keys()].sort()) {
    const g = byShape.get(shape)!;
    const query =
      `UNWIND $rows AS row MATCH (a:${quoteName(g.from)} {id: row.from}) MATCH (b:${quoteName(g.to)} {id: row.to}) ` +
      `MERGE (a)-[r:${quoteName(g.type)} {id: row.id}]->(b) SET r = row.props`;
    for (let i = 0; i < g.rows.length; i += batchSize) relationships.push({ query, rows: g.rows.slice(i, i + batchSize) });
  }
  return { constraints, nodes, relationships, counts: { nodes: nodeKeys.length, relationships: graph.size } };
}
