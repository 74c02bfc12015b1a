/**
 * startServer(options) -> {url, close()}: loads the graph, computes the layout once, then serves the
 * viewer's files and the JSON API on node:http.
 *
 *   GET  /api/graph              viewer JSON (viewerTypes.ts)
 *   GET  /api/articles/:id       one article's text and metadata
 *   POST /api/query              {query, params} -> {columns, rows, truncated, stats, ms}
 *   GET  /api/export/graphml     the whole graph as GraphML (when a writer is available)
 *   GET  /api/health             {ok, nodes, edges}
 *   GET  anything else           a file of the viewer (staticDir), index.html for "/"
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveServerOptions, type ServerOptions } from './options';
import { graphmlWriter, loadStoreGraph, saveStoreGraph } from './graphSource';
import { sharedEngine } from './sharedEngine';
import type { BoltBackend } from './bolt/backend';
import { handleArticle, handleGraph, handleGraphml, handleQuery, viewerJson, type ServerContext } from './handlers';
import { sendError, sendJson, sendThrown } from './http/respond';
import { serveStatic } from './http/serveStatic';

export interface RunningServer {
  url: string;
  port: number;
  context: ServerContext;
  /** the embedded engine's transactions, for a Bolt server over the same graph (`serve --bolt`);
   *  null when `options.queryRunner` replaced the engine */
  backend: BoltBackend | null;
  close(): Promise<void>;
}

export async function startServer(partial: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const options = resolveServerOptions(partial);
  const graph = options.graph ?? (await loadStoreGraph(options.graphPath!));
  const limits = { timeoutMs: options.queryTimeoutMs, maxRows: options.maxRows, readOnly: !options.allowWrites };
  const storePath = options.graph === null ? options.graphPath : null;
  // The embedded engine (sharedEngine.ts) saves the store and drops the viewer cache after every
  // committed write itself, from HTTP or Bolt alike; an injected runner gets the same from handleQuery.
  const shared = options.queryRunner
    ? null
    : sharedEngine(graph, { path: storePath, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows, readOnly: limits.readOnly, onChange: () => (ctx.cache = null) });
  const ctx: ServerContext = {
    graph,
    options,
    runner: (options.queryRunner ?? shared!.queryRunner)(graph, limits),
    graphml: graphmlWriter,
    save: shared === null && storePath ? (g) => saveStoreGraph(storePath, g) : null,
    cache: null,
  };
  viewerJson(ctx); // the layout is computed at startup, so the first page load is fast

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () => options.log?.(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)}ms`));
    route(ctx, req, res).catch((e) => {
      if (!res.headersSent) sendThrown(res, e);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostInUrl}:${port}/`,
    port,
    context: ctx,
    backend: shared?.backend ?? null,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function route(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (path.startsWith('/api/')) {
    const allow = (methods: string[]) => {
      if (methods.includes(method)) return true;
      res.setHeader('Allow', methods.join(', '));
      sendError(res, 405, 'METHOD_NOT_ALLOWED', `server: ${method} ${path} is not allowed (use ${methods.join(' or ')})`);
      return false;
    };
    try {
      if (path === '/api/graph') {
        if (allow(['GET'])) handleGraph(ctx, req, res);
      } else if (path === '/api/health') {
        if (allow(['GET'])) sendJson(res, 200, { ok: true, nodes: ctx.graph.order, edges: ctx.graph.size });
      } else if (path.startsWith('/api/articles/')) {
        if (allow(['GET'])) handleArticle(ctx, res, decodeURIComponent(path.slice('/api/articles/'.length)));
      } else if (path === '/api/query') {
        if (allow(['POST'])) await handleQuery(ctx, req, res);
      } else if (path === '/api/export/graphml') {
        if (allow(['GET'])) handleGraphml(ctx, res);
      } else {
        sendError(res, 404, 'NOT_FOUND', `server: no API route ${path}`);
      }
    } catch (e) {
      if (!res.headersSent) sendThrown(res, e);
    }
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `server: ${method} is not allowed on files`);
    return;
  }
  await serveStatic(res, ctx.options.staticDir, path, method === 'HEAD');
}
