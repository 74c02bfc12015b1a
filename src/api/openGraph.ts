/**
 * The library entry point: open a store file and run Cypher on it.
 *
 *   const g = await openGraph('data/graph.json');
 *   const r = await g.run('MATCH (p:Person) RETURN p.name AS name LIMIT $n', { n: 5 });
 *   r.rows // [{ name: 'Vladimir Putin' }, ...]
 *
 * Parameters and results are plain JS (numbers, strings, arrays, objects; see cypher/convert.ts). A
 * query that writes is applied atomically in memory (a failure part-way changes nothing) and then
 * persisted to the file atomically (temp file + rename), unless the graph was opened read-only.
 */
import * as fs from 'node:fs';
import { CypherEngine, fromJsParams, toJs, type CypherLimits, type JsValue, type WriteStats } from '../cypher';
import { NewsgraphError } from '../model/errors';
import { createGraph, loadGraph, saveGraph, type NewsGraph } from '../store';

export interface OpenGraphOptions {
  /** refuse write queries (CypherError ... AccessMode) instead of persisting them */
  readOnly: boolean;
  /** start from an empty graph when the file does not exist yet */
  create: boolean;
  limits?: Partial<CypherLimits>;
}

export const OPEN_GRAPH_DEFAULTS: OpenGraphOptions = { readOnly: false, create: false };

export interface QueryOutput {
  columns: string[];
  rows: Record<string, JsValue>[];
  stats: WriteStats;
}

export class NewsgraphDb {
  readonly engine: CypherEngine;

  constructor(
    readonly graph: NewsGraph,
    readonly path: string | null,
    readonly options: OpenGraphOptions = OPEN_GRAPH_DEFAULTS,
  ) {
    this.engine = new CypherEngine(graph as never, { limits: options.limits });
  }

  /** Runs one statement; returns rows as plain objects keyed by column. */
  async run(query: string, params: Record<string, unknown> = {}): Promise<QueryOutput> {
    return this.runSync(query, params);
  }

  runSync(query: string, params: Record<string, unknown> = {}): QueryOutput {
    if (this.options.readOnly && this.engine.isUpdating(query)) {
      throw new NewsgraphError('INPUT', 'query: the graph is open read-only; this query writes');
    }
    const r = this.engine.run(query, fromJsParams(params));
    const rows = r.rows.map((row) => {
      const o: Record<string, JsValue> = {};
      r.columns.forEach((c, i) => (o[c] = toJs(row[i], this.engine.store)));
      return o;
    });
    if (this.path && hasWrites(r.stats)) saveGraph(this.path, this.graph);
    return { columns: r.columns, rows, stats: r.stats };
  }
}

/** whether a statement changed the graph (any counter above zero) */
export function hasWrites(stats: WriteStats): boolean {
  return Object.values(stats).some((v) => typeof v === 'number' && v > 0);
}

export async function openGraph(path: string, options: Partial<OpenGraphOptions> = {}): Promise<NewsgraphDb> {
  const opts = { ...OPEN_GRAPH_DEFAULTS, ...options };
  const graph = opts.create && !fs.existsSync(path) ? createGraph() : loadGraph(path);
  return new NewsgraphDb(graph, path, opts);
}
