/**
 * The Bolt endpoint over loopback with neo4j-driver, against the same engine in-process:
 *   1. a trivial query's round trip (RETURN 1), p50 and p99, and its ratio to the in-process call;
 *   2. rows/s streamed for a 1M-row result (UNWIND range ...), in PULLs of 1,000;
 *   3. `export neo4j` of a generated news-like graph (../shared/bench-peers/gen.mjs) into an empty
 *      store behind the endpoint, which runs in its own process (bench/bolt-endpoint.ts): relationships/s.
 * Usage: ts-node bench/bolt-bench.ts [--nodes 100000] [--rels 1000000] [--rows 1000000] [--concurrency N]
 *        [--skip-client] [--json out.json]
 * (--skip-client: only the export; --concurrency: batches in flight, default the exporter's)
 */
import { execFileSync, spawn } from 'node:child_process';
import * as readline from 'node:readline';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import neo4j from 'neo4j-driver';
import { CypherEngine } from '../src/cypher';
import { exportToNeo4j } from '../src/export/neo4j/exportToNeo4j';
import { startBoltServer } from '../src/server/bolt/boltServer';
import { engineBackend } from '../src/server/bolt/engineBackend';
import type { NewsGraph } from '../src/store';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    rels: { type: 'string', default: '1000000' },
    rows: { type: 'string', default: '1000000' },
    concurrency: { type: 'string' },
    'skip-client': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const us = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  if (!args['skip-client']) {
    const engine = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
    const server = await startBoltServer({ backend: engineBackend(engine), port: 0 });
    const driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'bench'));
    try {
      // 1. round trip
      const session = driver.session();
      for (let i = 0; i < 300; i++) await session.run('RETURN 1 AS x');
      const rtt: number[] = [];
      for (let i = 0; i < 3000; i++) {
        const t = performance.now();
        await session.run('RETURN 1 AS x');
        rtt.push(performance.now() - t);
      }
      await session.close();
      const local: number[] = [];
      for (let i = 0; i < 3000; i++) {
        const t = performance.now();
        engine.run('RETURN 1 AS x');
        local.push(performance.now() - t);
      }
      results.roundTrip = { p50: pct(rtt, 50), p99: pct(rtt, 99), inProcessP50: pct(local, 50), ratio: pct(rtt, 50) / pct(local, 50) };

      // 2. streaming
      const n = Number(args.rows);
      const s2 = driver.session({ fetchSize: 1000 });
      let t = performance.now();
      let count = 0;
      await new Promise<void>((resolve, reject) => {
        s2.run(`UNWIND range(1, ${n}) AS i RETURN i`).subscribe({
          onNext: () => void count++,
          onCompleted: () => resolve(),
          onError: reject,
        });
      });
      const streamMs = performance.now() - t;
      await s2.close();
      results.stream = { rows: count, ms: streamMs, rowsPerSecond: count / (streamMs / 1000) };
    } finally {
      await driver.close();
      await server.close();
    }
  }

  // 3. export into the endpoint
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bolt-bench-'));
  try {
    const gen = path.resolve(__dirname, '..', '..', 'shared', 'bench-peers', 'gen.mjs');
    execFileSync(process.execPath, [gen, '--nodes', String(args.nodes), '--rels', String(args.rels), '--out', dir], { stdio: 'ignore' });
    const source = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as NewsGraph;
    source.import(JSON.parse(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')));
    // the endpoint in its own process, as `newsgraph serve --bolt` runs beside the exporting program
    // BOLT_ENDPOINT_PROF=dir profiles the endpoint process (--cpu-prof into dir);
    // BOLT_ENDPOINT_FLAGS='--flag ...' passes node/V8 flags to it
    const prof = process.env.BOLT_ENDPOINT_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BOLT_ENDPOINT_PROF}`] : [];
    prof.push(...(process.env.BOLT_ENDPOINT_FLAGS ?? '').split(' ').filter(Boolean));
    const child = spawn(process.execPath, [...prof, '-r', 'ts-node/register/transpile-only', path.join(__dirname, 'bolt-endpoint.ts')], {
      cwd: path.resolve(__dirname, '..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout! });
    const next = (prefix: string) => new Promise<string[]>((resolve) => {
      const on = (l: string) => {
        if (!l.startsWith(prefix)) return;
        lines.off('line', on);
        resolve(l.split(' ').slice(1));
      };
      lines.on('line', on);
    });
    try {
      const [port] = await next('PORT');
      child.stdin!.write('COUNT\n');
      const serverCpu0 = Number((await next('COUNT'))[2]);
      // The shipped CLI runs compiled JavaScript; this bench runs under ts-node, whose source-map
      // support formats every Error.stack through the source maps, and neo4j-driver captures a stack
      // per transaction (~2-9 ms each here): the client measured gets V8's own formatting back, as the CLI has.
      const errorClass = Error as { prepareStackTrace?: ErrorConstructor['prepareStackTrace'] };
      const prepare = errorClass.prepareStackTrace;
      errorClass.prepareStackTrace = undefined;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const summary = await exportToNeo4j(source, { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'bench' }, { batchSize: 5000, ...(args.concurrency ? { concurrency: Number(args.concurrency) } : {}) });
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      errorClass.prepareStackTrace = prepare;
      child.stdin!.write('COUNT\n');
      const [nodes, rels, serverCpu] = (await next('COUNT')).map(Number);
      results.export = {
        nodes: summary.nodes,
        relationships: summary.relationships,
        ms,
        relationshipsPerSecond: summary.relationships / (ms / 1000),
        rowsPerSecond: (summary.nodes + summary.relationships) / (ms / 1000),
        arrived: { nodes, relationships: rels },
        cpuMs: { client: (cpu.user + cpu.system) / 1000, server: serverCpu - serverCpu0 },
      };
    } finally {
      child.stdin!.end('EXIT\n');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const r = results as {
    roundTrip?: { p50: number; p99: number; inProcessP50: number; ratio: number };
    stream?: { rows: number; rowsPerSecond: number; ms: number };
    export: {
      nodes: number;
      relationships: number;
      ms: number;
      relationshipsPerSecond: number;
      arrived: { nodes: number; relationships: number };
      cpuMs: { client: number; server: number };
    };
  };
  console.log('\nBolt endpoint over loopback (neo4j-driver %s, Node %s)\n', '6.x', process.version);
  console.log('| measure | value | target |');
  console.log('|---|---:|---:|');
  if (r.roundTrip && r.stream) {
    console.log(`| RETURN 1 round trip p50 / p99 | ${us(r.roundTrip.p50)} / ${us(r.roundTrip.p99)} | p50 < 1 ms |`);
    console.log(`| same query in-process p50 (ratio) | ${us(r.roundTrip.inProcessP50)} (${r.roundTrip.ratio.toFixed(0)}×) | |`);
    console.log(`| ${r.stream.rows.toLocaleString('en')} rows streamed | ${Math.round(r.stream.rowsPerSecond).toLocaleString('en')} rows/s (${(r.stream.ms / 1000).toFixed(2)} s) | ≥ 200,000 rows/s |`);
  }
  console.log(
    `| export neo4j ${r.export.nodes.toLocaleString('en')} nodes / ${r.export.relationships.toLocaleString('en')} rels | ${Math.round(r.export.relationshipsPerSecond).toLocaleString('en')} rels/s (${(r.export.ms / 1000).toFixed(1)} s; arrived ${r.export.arrived.nodes.toLocaleString('en')} / ${r.export.arrived.relationships.toLocaleString('en')}) | ≥ 50,000 rels/s |`,
  );
  console.log(`| export CPU time: client (exporter + driver) / server process | ${(r.export.cpuMs.client / 1000).toFixed(1)} s / ${(r.export.cpuMs.server / 1000).toFixed(1)} s | |`);
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(results, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
