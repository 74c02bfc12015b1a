// TCK adapter that runs every scenario over Bolt: neo4j-driver (as users have it) against our Bolt
// endpoint on the embedded engine, in the same process. Each scenario gets a fresh, empty engine
// behind the one endpoint. Side effects are measured by the runner itself (observability queries,
// also over Bolt), because Bolt's counters fold removed properties into "properties set".
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function load() {
  const esbuild = require('esbuild');
  // written under node_modules/.cache so the bundle resolves its external packages from the repo
  const dir = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `newsgraph-bolt-tck-${process.pid}-${Date.now()}.cjs`);
  esbuild.buildSync({
    entryPoints: [path.join(root, 'test/tck/boltEntry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    external: ['graphology', 'graphology-*', 'neo4j-driver', 'temporal-polyfill'],
    logLevel: 'error',
  });
  try {
    return require(out);
  } finally {
    fs.rmSync(out, { force: true });
  }
}

const lib = load();
const neo4j = require('neo4j-driver');
const { MultiDirectedGraph } = require('graphology');

let engine = null;
const backendOf = (e) => lib.engineBackend(e, { lockTimeoutMs: 8000 });
let backend = null;
const proxy = {
  database: 'neo4j',
  begin: (o) => backend.begin(o),
};
const server = await lib.startBoltServer({ backend: proxy, port: 0 });
const driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'tck'), { disableLosslessIntegers: false, maxConnectionPoolSize: 4 });

function toDriver(v) {
  if (v === null || typeof v !== 'object') return typeof v === 'bigint' ? neo4j.int(v.toString()) : v;
  if (Array.isArray(v)) return v.map(toDriver);
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === '$map') return toDriver(v.$map);
  const o = {};
  for (const k of keys) o[k] = toDriver(v[k]);
  return o;
}

function fromDriver(v) {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return BigInt(v.toString());
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(fromDriver);
  const temporal = lib.temporalFromDriver(v);
  if (temporal) return { $temporal: { type: temporal.temporalType, value: temporal.toString() } };
  if (v instanceof neo4j.types.Node) return { $node: node(v) };
  if (v instanceof neo4j.types.Relationship) return { $relationship: rel(v) };
  if (v instanceof neo4j.types.Path) {
    const nodes = [{ $node: node(v.start) }];
    const rels = [];
    for (const s of v.segments) {
      rels.push({ $relationship: rel(s.relationship) });
      nodes.push({ $node: node(s.end) });
    }
    return { $path: { nodes, relationships: rels } };
  }
  const o = {};
  for (const k of Object.keys(v)) o[k] = fromDriver(v[k]);
  const keys = Object.keys(o);
  return keys.length === 1 && keys[0].startsWith('$') ? { $map: o } : o;
}
const node = (n) => ({ id: n.elementId, labels: n.labels, properties: fromDriver(n.properties) });
const rel = (r) => ({ id: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: fromDriver(r.properties) });

function fromDriverError(e) {
  const m = /\[([A-Za-z*]+), (compile time|runtime)\]$/.exec(e.message ?? '');
  const err = new Error(e.message);
  err.code = e.code;
  if (m) {
    err.detail = m[1];
    err.phase = m[2];
  }
  return err;
}

export async function createSession() {
  engine = new lib.CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }), { limits: { timeoutMs: 8000 } });
  backend = backendOf(engine);
  const session = driver.session({ fetchSize: 1000 });
  return {
    async run(query, params) {
      const p = {};
      for (const [k, v] of Object.entries(params ?? {})) p[k] = toDriver(v);
      try {
        const result = session.run(query, p);
        const columns = await result.keys();
        const { records } = await result;
        return { columns, rows: records.map((rec) => columns.map((k) => fromDriver(rec.get(k)))) };
      } catch (e) {
        throw fromDriverError(e);
      }
    },
    registerProcedure(spec) {
      engine.registerProcedure({
        name: spec.name,
        inputs: spec.inputs,
        outputs: spec.outputs,
        call: (args) => spec.call(args.map(tckValue)).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cypherValue(v)]))),
      });
    },
    async close() {
      await session.close();
    },
  };
}

// procedure rows are exchanged with the engine in-process (not over Bolt): plain values only
function tckValue(v) {
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [k, tckValue(x)]));
  if (Array.isArray(v)) return v.map(tckValue);
  return v;
}
function cypherValue(v) {
  if (Array.isArray(v)) return v.map(cypherValue);
  if (v && typeof v === 'object') return new Map(Object.entries(v).map(([k, x]) => [k, cypherValue(x)]));
  return v;
}
