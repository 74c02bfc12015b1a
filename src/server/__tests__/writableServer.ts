/**
 * For tests: a server with writes allowed on a temporary copy of the viewer fixture store; `run` gets
 * the server and the copy's path, and both are gone afterwards, whatever `run` did.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../startServer';

export const VIEWER_FIXTURE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'viewer', 'graph.json');

export async function withWritableServer(run: (server: RunningServer, path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-writable-'));
  const path = join(dir, 'graph.json');
  writeFileSync(path, readFileSync(VIEWER_FIXTURE));
  const server = await startServer({ graphPath: path, staticDir: tmpdir(), port: 0, allowWrites: true });
  try {
    await run(server, path);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
