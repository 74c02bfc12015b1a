// Adapter for ../shared/bench-peers (`node bench.mjs --engine /path/to/bench/peers-adapter.mjs`):
// loads the bench's graph.json into our store shape and answers the workload with our Cypher engine.
// The TypeScript engine is bundled once with esbuild at import time (not counted in load).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function loadEngine() {
  const out = path.join(os.tmpdir(), `newsgraph-cypher-bench-${process.pid}.cjs`);
  require('esbuild').buildSync({
    entryPoints: [path.join(root, 'src/cypher/index.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out,
    external: ['graphology', 'graphology-*'], logLevel: 'error',
  });
  try {
    return require(out);
  } finally {
    fs.rmSync(out, { force: true });
  }
}

const cypher = loadEngine();
const { MultiDirectedGraph } = require('graphology');

export const name = 'newsgraph-cypher';
export const version = 'newsgraph cypher engine (src/cypher)';

export async function open(jsonPath) {
  const phases = {};
  let t = performance.now();
  const text = fs.readFileSync(jsonPath, 'utf8');
  phases.readMs = performance.now() - t;
  t = performance.now();
  const data = JSON.parse(text);
  phases.parseMs = performance.now() - t;
  t = performance.now();
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.import(data);
  phases.importMs = performance.now() - t;
  t = performance.now();
  const engine = new cypher.CypherEngine(graph);
  phases.engineMs = performance.now() - t;
  // the indexes the engine would otherwise build at its first queries (label index, slot index with
  // relationship types and adjacency), so that load time and RSS include them, as the hand-written
  // baseline's do
  t = performance.now();
  engine.store.allLabels();
  engine.store.typeIndex();
  phases.indexMs = performance.now() - t;
  const store = engine.store;
  return {
    loadPhases: phases,
    run(query, params = {}) {
      const p = {};
      for (const k in params) p[k] = cypher.fromJs(params[k]);
      const r = engine.run(query, p);
      const rows = new Array(r.rows.length);
      for (let i = 0; i < r.rows.length; i++) {
        const o = {};
        for (let c = 0; c < r.columns.length; c++) o[r.columns[c]] = cypher.toJs(r.rows[i][c], store);
        rows[i] = o;
      }
      return rows;
    },
    close() {},
  };
}
