/**
 * newsgraph serve: the viewer and the HTTP API (src/server) over one store file, until SIGINT/SIGTERM
 * (or `signal` aborts, for tests and embedding).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inputError } from '../../model';
import { startServer, DEFAULT_SERVER_OPTIONS, type RunningServer } from '../../server';
import { startBoltServer, type RunningBoltServer } from '../../server/bolt/boltServer';
import type { AuthConfig } from '../../server/bolt/boltConnection';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, type CliIo } from '../io';

export interface ServeOptions {
  graph: string;
  port?: number | string;
  host?: string;
  allowWrites?: boolean;
  /** also serve Bolt on this port (`true`: 7687) */
  bolt?: number | string | boolean;
  /** Bolt authentication: none, or basic with NEWSGRAPH_BOLT_USER (default neo4j) / NEWSGRAPH_BOLT_PASSWORD */
  auth?: string;
}

function boltAuth(o: ServeOptions, io: CliIo): AuthConfig {
  const scheme = o.auth ?? 'none';
  if (scheme === 'none') return { scheme: 'none' };
  if (scheme !== 'basic') throw inputError('serve', `--auth must be none or basic, got ${JSON.stringify(scheme)}`);
  const password = io.env.NEWSGRAPH_BOLT_PASSWORD;
  if (!password) throw inputError('serve', '--auth basic needs the password in NEWSGRAPH_BOLT_PASSWORD');
  return { scheme: 'basic', user: io.env.NEWSGRAPH_BOLT_USER ?? 'neo4j', password };
}

/** the built viewer, found from this file both in src/ (ts-node) and dist/ (compiled) */
export const VIEWER_DIR = join(__dirname, '..', '..', '..', 'viz', 'dist');

export async function serveCommand(
  o: ServeOptions,
  io: CliIo,
  control: { signal?: AbortSignal; onListening?: (server: RunningServer, bolt: RunningBoltServer | null) => void } = {},
): Promise<{ exitCode: number; url: string }> {
  const port = o.port === undefined ? DEFAULT_SERVER_OPTIONS.port : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw inputError('serve', `--port must be an integer in [0, 65535], got ${JSON.stringify(o.port)}`);
  if (!existsSync(join(VIEWER_DIR, 'index.html')))
    io.stderr.write(`newsgraph serve: the viewer is not built (${VIEWER_DIR}); run \`npm run build:viz\`. The API works without it.\n`);
  const host = o.host ?? DEFAULT_SERVER_OPTIONS.host;
  const boltPort = o.bolt === undefined || o.bolt === false ? null : o.bolt === true ? 7687 : Number(o.bolt);
  if (boltPort !== null && (!Number.isInteger(boltPort) || boltPort < 0 || boltPort > 65535)) {
    throw inputError('serve', `--bolt must be a port in [0, 65535], got ${JSON.stringify(o.bolt)}`);
  }
  const auth = boltPort === null ? null : boltAuth(o, io);
  const graphPath = inputPath(io, o.graph);
  // one engine behind HTTP and, with --bolt, Bolt (src/server/sharedEngine.ts, startServer's default)
  const server = await startServer({ graphPath, staticDir: VIEWER_DIR, port, host, allowWrites: o.allowWrites === true });
  let bolt: RunningBoltServer | null = null;
  if (boltPort !== null) {
    try {
      bolt = await startBoltServer({ backend: server.backend!, port: boltPort, host, auth: auth! });
    } catch (e) {
      await server.close();
      throw inputError('serve', `cannot listen for Bolt on ${host}:${boltPort} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
  const g = server.context.graph;
  io.stdout.write(
    `newsgraph: serving ${o.graph} (${g.order} nodes, ${g.size} relationships${o.allowWrites ? ', writes allowed' : ', read-only'}) at ${server.url}\n`,
  );
  if (bolt) io.stdout.write(`newsgraph: Bolt at ${bolt.url} (auth ${o.auth ?? 'none'}; neo4j-driver, cypher-shell, Neo4j Browser)\n`);
  control.onListening?.(server, bolt);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      control.signal?.removeEventListener('abort', stop);
      resolve();
    };
    if (control.signal?.aborted) return stop();
    control.signal?.addEventListener('abort', stop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bolt?.close();
  await server.close();
  io.stdout.write('newsgraph: server stopped\n');
  return { exitCode: EXIT_OK, url: server.url };
}

export const serve: CommandSpec = {
  name: ['serve'],
  summary: 'serve the viewer and the HTTP API (Cypher, articles) for a store file',
  configure(command: Command) {
    command
      .option('-g, --graph <file>', 'the store file to serve', 'data/graph.json')
      .option('-p, --port <port>', 'TCP port (0: any free port)', String(DEFAULT_SERVER_OPTIONS.port))
      .option('--host <host>', 'interface to bind (loopback unless told)', DEFAULT_SERVER_OPTIONS.host)
      .option('--allow-writes', 'accept CREATE/MERGE/SET/DELETE queries (HTTP and Bolt) and save them to the store file')
      .option('--bolt [port]', 'also serve the Bolt protocol (neo4j-driver, cypher-shell), on port 7687 unless given')
      .option('--auth <scheme>', 'Bolt authentication: none, or basic (user NEWSGRAPH_BOLT_USER, default neo4j; password NEWSGRAPH_BOLT_PASSWORD)', 'none');
  },
  async run(_args, options, io) {
    return (await serveCommand(options as unknown as ServeOptions, io)).exitCode;
  },
};
