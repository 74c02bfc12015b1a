import { expect } from 'chai';
import { join } from 'node:path';
import { serveCommand } from './serve';
import type { CliIo } from '../io';

const FIXTURE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'viewer', 'graph.json');

function memoryIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [], err: string[] = [];
  return { cwd: process.cwd(), env: {}, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, out, err };
}

describe('cli/commands/serve', () => {
  it('serves the store on 127.0.0.1, prints the URL, and stops when aborted', async () => {
    const io = memoryIo();
    const abort = new AbortController();
    let health: unknown;
    const done = serveCommand({ graph: FIXTURE, port: 0 }, io, {
      signal: abort.signal,
      onListening: (server) => {
        void fetch(new URL('/api/health', server.url))
          .then((r) => r.json())
          .then((h) => (health = h))
          .finally(() => abort.abort());
      },
    });
    const { exitCode, url } = await done;
    expect(exitCode).to.equal(0);
    expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(health).to.deep.equal({ ok: true, nodes: 31, edges: 74 });
    expect(io.out[0]).to.contain(`(31 nodes, 74 relationships, read-only) at ${url}`);
    expect(io.out.at(-1)).to.contain('stopped');
  });
  it('refuses a bad port and a missing store with their codes', async () => {
    const io = memoryIo();
    for (const [o, code] of [
      [{ graph: FIXTURE, port: 'x' }, 'INPUT'],
      [{ graph: FIXTURE, port: 99999 }, 'INPUT'],
      [{ graph: '/nonexistent/graph.json', port: 0 }, 'NOT_FOUND'],
    ] as const) {
      let err: { code?: string } = {};
      await serveCommand(o, io, { signal: AbortSignal.abort() }).catch((e) => (err = e));
      expect(err.code, JSON.stringify(o)).to.equal(code);
    }
  });
});
