/**
 * The API routes. Each handler takes the server context and one request; errors are thrown and turned
 * into JSON by the router.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Graph from 'graphology';
import { inputError, limitError, notFoundError, NewsgraphError } from '../model/errors';
import type { ServerOptions } from './options';
import { computeLayout, type LayoutResult } from './layout/computeLayout';
import { toViewerGraph } from './viewerGraph';
import type { ArticleJson } from './viewerTypes';
import { readJsonBody } from './http/readJsonBody';
import { send, sendError, sendJson, sendThrown } from './http/respond';
import { cacheJson, sendCachedJson, type CachedJson } from './http/cachedJson';
import { findWriteClause } from './query/findWriteClause';
import { caretExcerpt } from './query/caretExcerpt';
import { decodeParams, encodeValue } from './query/encodeValue';
import { changedGraph, rowValues, type QueryOutput, type QueryRunner } from './query/queryRunner';

export interface ServerContext {
  graph: Graph;
  options: ServerOptions;
  runner: QueryRunner;
  graphml: ((graph: Graph) => Iterable<string>) | null;
  /** saves the graph after a write query (null: writes stay in memory) */
  save: ((graph: Graph) => void) | null;
  /** layout + serialised viewer JSON (and its bytes, gzip copy, ETag), dropped when a write changes the graph */
  cache: { layout: LayoutResult; json: string; served: CachedJson } | null;
}

export function viewerJson(ctx: ServerContext): string {
  if (ctx.cache === null) {
    const layout = computeLayout(ctx.graph, { iterations: ctx.options.layoutIterations, seed: ctx.options.layoutSeed });
    const json = JSON.stringify(
      toViewerGraph(ctx.graph, layout.positions, {
        layout: { iterations: layout.iterations, ms: Math.round(layout.ms) },
        features: { query: true, writes: ctx.options.allowWrites, graphml: ctx.graphml !== null },
      }),
    );
    ctx.cache = { layout, json, served: cacheJson(json) };
  }
  return ctx.cache.json;
}

export function handleGraph(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  viewerJson(ctx);
  sendCachedJson(req, res, ctx.cache!.served);
}

export function handleArticle(ctx: ServerContext, res: ServerResponse, id: string): void {
  const g = ctx.graph;
  const labels = g.hasNode(id) ? (g.getNodeAttribute(id, 'labels') as string[] | undefined) : undefined;
  if (!labels?.includes('Article')) throw notFoundError('server', `no article ${JSON.stringify(id)}`, { id });
  const p = (g.getNodeAttribute(id, 'properties') ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  const article: ArticleJson = {
    id,
    title: str('title') ?? str('name'),
    publisher: str('publisher'),
    author: str('author'),
    published: str('published'),
    url: str('url'),
    language: str('language'),
    text: str('text') ?? '',
  };
  sendJson(res, 200, article);
}

export function handleGraphml(ctx: ServerContext, res: ServerResponse): void {
  if (ctx.graphml === null) throw new NewsgraphError('UNSUPPORTED', 'server: GraphML export is not available in this build');
  const body = [...ctx.graphml(ctx.graph)].join('');
  send(res, 200, 'application/graphml+xml; charset=utf-8', body, { 'Content-Disposition': 'attachment; filename="newsgraph.graphml"' });
}

export async function handleQuery(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJsonBody(req, ctx.options.maxBodyBytes)) as { query?: unknown; params?: unknown };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw inputError('server.query', 'body must be {"query": "...", "params": {...}}');
  const query = body.query;
  if (typeof query !== 'string' || query.trim() === '') throw inputError('server.query', '"query" must be a non-empty string');
  const params = decodeParams(body.params);
  if (!ctx.options.allowWrites) {
    let updates: boolean | undefined;
    try {
      updates = ctx.runner.updates?.(query);
    } catch (e) {
      sendThrown(res, e, query); // a compile-time error, with its caret
      return;
    }
    const w = findWriteClause(query);
    if (updates === true || (updates === undefined && w)) {
      const where = w ? { clause: w.clause, line: w.line, column: w.column, excerpt: caretExcerpt(query, w.line, w.column) } : undefined;
      sendError(res, 403, 'WRITE_FORBIDDEN', `server.query: ${w?.clause ?? 'this query'} changes the graph; start the server with --allow-writes to allow it`, where);
      return;
    }
  }
  const limits = { timeoutMs: ctx.options.queryTimeoutMs, maxRows: ctx.options.maxRows, readOnly: !ctx.options.allowWrites };
  const started = performance.now();
  let output: QueryOutput;
  try {
    output = await withTimeout(Promise.resolve().then(() => ctx.runner.run(query, params, limits)), limits.timeoutMs);
  } catch (e) {
    sendThrown(res, e, query); // with the query, a Cypher error gets its caret excerpt
    return;
  }
  const columns = [...output.columns];
  const truncated = output.rows.length > limits.maxRows;
  const rows = output.rows.slice(0, limits.maxRows).map((r) => rowValues(columns, r).map((v) => encodeValue(v, ctx.graph)));
  if (changedGraph(output.stats)) {
    ctx.cache = null; // new nodes need positions
    ctx.save?.(ctx.graph);
  }
  const stats: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((output.stats ?? {}) as Record<string, unknown>)) stats[k] = typeof v === 'bigint' ? Number(v) : v;
  sendJson(res, 200, { columns, rows, truncated, stats, ms: Math.round((performance.now() - started) * 10) / 10 });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(limitError('server.query', `query took longer than ${ms} ms`, { limit: 'queryTimeoutMs' })), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
