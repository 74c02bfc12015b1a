// TCK adapter for the newsgraph Cypher engine (contract: ../shared/tck/README.md, "Adapter contract").
// The TypeScript engine is bundled once per process with esbuild (about 0.1 s), then required.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function loadEngine() {
  const esbuild = require('esbuild');
  const out = path.join(os.tmpdir(), `newsgraph-cypher-tck-${process.pid}-${Date.now()}.cjs`);
  esbuild.buildSync({
    entryPoints: [path.join(root, 'src/cypher/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    external: ['graphology', 'graphology-*'],
    logLevel: 'error',
  });
  try {
    return require(out);
  } finally {
    fs.rmSync(out, { force: true });
  }
}

const cypher = loadEngine();
const { MultiDirectedGraph } = require('graphology');

function fromTck(v) {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(fromTck);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, fromTck(x)]));
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === '$map') return fromTck(v.$map);
  return new Map(keys.map((k) => [k, fromTck(v[k])]));
}

function toTck(v, store) {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => toTck(x, store));
  if (v instanceof Map) {
    const o = {};
    for (const [k, x] of v) o[k] = toTck(x, store);
    const keys = Object.keys(o);
    return keys.length === 1 && keys[0].startsWith('$') ? { $map: o } : o;
  }
  if (v instanceof cypher.NodeValue) return { $node: node(v, store) };
  if (v instanceof cypher.RelationshipValue) return { $relationship: rel(v, store) };
  if (v instanceof cypher.PathValue) {
    return { $path: { nodes: v.nodes.map((n) => ({ $node: node(n, store) })), relationships: v.relationships.map((r) => ({ $relationship: rel(r, store) })) } };
  }
  if (v instanceof cypher.TemporalValue) return { $temporal: { type: v.temporalType, value: v.toString() } };
  return v;
}
function node(n, store) {
  // raw attributes: a node deleted by the query is still returned as it was
  return { id: store.nodeId(n), labels: store.nodeAttrs(n.key).labels.slice(), properties: toTck(store.nodeProperties(n), store) };
}
function rel(r, store) {
  return {
    id: store.relationshipId(r),
    type: store.relationshipType(r),
    start: store.nodeId(store.startNode(r)),
    end: store.nodeId(store.endNode(r)),
    properties: toTck(store.relationshipProperties(r), store),
  };
}
function sideEffects(s) {
  return {
    '+nodes': s.nodesCreated, '-nodes': s.nodesDeleted,
    '+relationships': s.relationshipsCreated, '-relationships': s.relationshipsDeleted,
    '+properties': s.propertiesSet, '-properties': s.propertiesRemoved,
    '+labels': s.labelsAdded, '-labels': s.labelsRemoved,
  };
}

export async function createSession() {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const engine = new cypher.CypherEngine(graph, { limits: { timeoutMs: 8000 } });
  return {
    async run(query, params) {
      const p = {};
      for (const [k, v] of Object.entries(params ?? {})) p[k] = fromTck(v);
      let r;
      try {
        r = engine.run(query, p);
      } catch (e) {
        if (e && typeof e === 'object') e.sideEffects = {};
        throw e;
      }
      const store = engine.store;
      return { columns: r.columns, rows: r.rows.map((row) => row.map((v) => toTck(v, store))), sideEffects: sideEffects(r.stats) };
    },
    registerProcedure(spec) {
      engine.registerProcedure({
        name: spec.name,
        inputs: spec.inputs,
        outputs: spec.outputs,
        call: (args) => spec.call(args.map((a) => toTck(a, engine.store))).map((row) => {
          const o = {};
          for (const [k, v] of Object.entries(row)) o[k] = fromTck(v);
          return o;
        }),
      });
    },
  };
}
