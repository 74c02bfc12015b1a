import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadGraph } from '../../store';
import { serveCommand } from './serve';
import type { CliIo } from '../io';
import { VIEWER_FIXTURE as FIXTURE } from '../../server/__tests__/writableServer';


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
  it('with --bolt, HTTP and Bolt share one engine: a Bolt transaction is invisible over HTTP until COMMIT, then saved', async function () {
    this.timeout(30_000);
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'newsgraph-serve-'));
    const store = join(dir, 'graph.json');
    fs.copyFileSync(FIXTURE, store);
    const io = memoryIo();
    const abort = new AbortController();
    let failure: unknown = null;
    const query = (url: string, q: string) =>
      fetch(new URL('/api/query', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) }).then((r) => r.json());
    try {
      await serveCommand({ graph: store, port: 0, bolt: 0, allowWrites: true }, io, {
        signal: abort.signal,
        onListening: (server, bolt) => {
          void (async () => {
            const driver = neo4j.driver(bolt!.url, neo4j.auth.basic('neo4j', 'x'));
            try {
              const session = driver.session();
              const tx = session.beginTransaction();
              await tx.run("CREATE (:Person {id: 'person:new', name: 'Newcomer'})");
              let http: { rows?: unknown[][] } | null = null;
              const pending = query(server.url, "MATCH (p:Person {name: 'Newcomer'}) RETURN count(p) AS n").then((r) => (http = r as { rows?: unknown[][] }));
              await new Promise((r) => setTimeout(r, 100));
              expect(http, 'HTTP waits for the Bolt write transaction').to.equal(null);
              await tx.commit();
              await pending;
              expect(http!.rows).to.deep.equal([[1]]);
              await session.close();
              expect(loadGraph(store).order).to.equal(32);
            } catch (e) {
              failure = e;
            } finally {
              await driver.close();
              abort.abort();
            }
          })();
        },
      });
      if (failure) throw failure;
      expect(io.out.join('')).to.match(/Bolt at bolt:\/\/127\.0\.0\.1:\d+/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
