/**
 * newsgraph serve: the viewer and the HTTP API (src/server) over one store file, until SIGINT/SIGTERM
 * (or `signal` aborts, for tests and embedding).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inputError } from '../../model';
import { startServer, DEFAULT_SERVER_OPTIONS, type RunningServer } from '../../server';
import { EXIT_OK, type CommandSpec } from '../commandSpec';
import { inputPath, type CliIo } from '../io';

export interface ServeOptions {
  graph: string;
  port?: number | string;
  host?: string;
  allowWrites?: boolean;
}

/** the built viewer, found from this file both in src/ (ts-node) and dist/ (compiled) */
export const VIEWER_DIR = join(__dirname, '..', '..', '..', 'viz', 'dist');

export async function serveCommand(
  o: ServeOptions,
  io: CliIo,
  control: { signal?: AbortSignal; onListening?: (server: RunningServer) => void } = {},
): Promise<{ exitCode: number; url: string }> {
  const port = o.port === undefined ? DEFAULT_SERVER_OPTIONS.port : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw inputError('serve', `--port must be an integer in [0, 65535], got ${JSON.stringify(o.port)}`);
  if (!existsSync(join(VIEWER_DIR, 'index.html')))
    io.stderr.write(`newsgraph serve: the viewer is not built (${VIEWER_DIR}); run \`npm run build:viz\`. The API works without it.\n`);
  const server = await startServer({
    graphPath: inputPath(io, o.graph),
    staticDir: VIEWER_DIR,
    port,
    host: o.host ?? DEFAULT_SERVER_OPTIONS.host,
    allowWrites: o.allowWrites === true,
  });
  const g = server.context.graph;
  io.stdout.write(
    `newsgraph: serving ${o.graph} (${g.order} nodes, ${g.size} relationships${o.allowWrites ? ', writes allowed' : ', read-only'}) at ${server.url}\n`,
  );
  control.onListening?.(server);
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
      .option('--allow-writes', 'accept CREATE/MERGE/SET/DELETE queries and save them to the store file');
  },
  async run(_args, options, io) {
    return (await serveCommand(options as unknown as ServeOptions, io)).exitCode;
  },
};
