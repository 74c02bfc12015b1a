/**
 * A Bolt endpoint on an empty in-memory engine, in its own process (as `newsgraph serve --bolt` runs
 * beside the program that exports into it). Prints `PORT <n>` when listening; answers `COUNT` on stdin
 * with `COUNT <nodes> <relationships> <cpu ms so far>`; exits on `EXIT` or when stdin closes.
 */
import * as readline from 'node:readline';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from '../src/cypher';
import { startBoltServer } from '../src/server/bolt/boltServer';
import { engineBackend } from '../src/server/bolt/engineBackend';

(async () => {
  const engine = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
  const server = await startBoltServer({ backend: engineBackend(engine), port: 0 });
  process.stdout.write(`PORT ${server.port}\n`);
  const rl = readline.createInterface({ input: process.stdin });
  const stop = async () => {
    rl.close();
    await server.close();
    process.exit(0);
  };
  rl.on('line', (line) => {
    if (line === 'COUNT') {
      const cpu = process.cpuUsage();
      process.stdout.write(`COUNT ${engine.graph.order} ${engine.graph.size} ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
    }
    if (line === 'EXIT') void stop();
  });
  rl.on('close', () => void stop());
})();
