/**
 * Server options as interface + DEFAULTS + validate (the shape of sigma's settings).
 */
import type Graph from 'graphology';
import { inputError } from '../model/errors';
import type { QueryRunnerFactory } from './query/queryRunner';

export interface ServerOptions {
  // ----- what to serve
  /** path of the store file (data/graph.json); ignored when `graph` is given */
  graphPath: string | null;
  /** an already loaded graph (tests, embedding) */
  graph: Graph | null;
  /** directory of the built viewer (index.html, app.js, ...) */
  staticDir: string;

  // ----- network
  port: number;
  host: string;

  // ----- Cypher over HTTP
  /** accept CREATE/MERGE/SET/DELETE/REMOVE; otherwise they are refused with code WRITE_FORBIDDEN */
  allowWrites: boolean;
  /** per-query time limit (ms) */
  queryTimeoutMs: number;
  /** rows returned at most; more are cut and `truncated: true` is set */
  maxRows: number;
  /** request bodies larger than this are refused (bytes) */
  maxBodyBytes: number;
  /** builds the query runner for a graph; null: the embedded Cypher engine (sharedEngine.ts), whose
   *  transactions a Bolt server can share (RunningServer.backend) */
  queryRunner: QueryRunnerFactory | null;

  // ----- layout
  /** ForceAtlas2 iterations at startup; null picks a budget from the graph's size */
  layoutIterations: number | null;
  /** seed of the initial positions */
  layoutSeed: number;

  /** one line per request to this function (null: silent) */
  log: ((line: string) => void) | null;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  graphPath: 'data/graph.json',
  graph: null,
  staticDir: 'viz/dist',
  port: 4173,
  host: '127.0.0.1',
  allowWrites: false,
  queryTimeoutMs: 10_000,
  maxRows: 10_000,
  maxBodyBytes: 1_000_000,
  queryRunner: null,
  layoutIterations: null,
  layoutSeed: 42,
  log: null,
};

const where = 'server.options';

export function resolveServerOptions(partial: Partial<ServerOptions> = {}): ServerOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const options: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...defined };
  validateServerOptions(options);
  return options;
}

/** Throws INPUT naming the first bad option. */
export function validateServerOptions(o: ServerOptions): void {
  const int = (name: keyof ServerOptions, v: unknown, min: number, max: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      throw inputError(where, `${name} must be an integer in [${min}, ${max}], got ${JSON.stringify(v)}`, { option: name });
  };
  if (o.graph === null && (typeof o.graphPath !== 'string' || o.graphPath === ''))
    throw inputError(where, 'graphPath (or graph) is required', { option: 'graphPath' });
  if (typeof o.staticDir !== 'string' || o.staticDir === '')
    throw inputError(where, 'staticDir must be a non-empty path', { option: 'staticDir' });
  int('port', o.port, 0, 65535);
  if (typeof o.host !== 'string' || !/^[A-Za-z0-9.:\-\[\]]+$/.test(o.host))
    throw inputError(where, `host must be a host name or address, got ${JSON.stringify(o.host)}`, { option: 'host' });
  if (typeof o.allowWrites !== 'boolean') throw inputError(where, 'allowWrites must be a boolean', { option: 'allowWrites' });
  int('queryTimeoutMs', o.queryTimeoutMs, 1, 3_600_000);
  int('maxRows', o.maxRows, 1, 10_000_000);
  int('maxBodyBytes', o.maxBodyBytes, 1, 100_000_000);
  if (o.layoutIterations !== null) int('layoutIterations', o.layoutIterations, 0, 100_000);
  int('layoutSeed', o.layoutSeed, 0, 2 ** 32 - 1);
}
