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
  const { fromJsParams, toJs } = cypher;
  // rows are copies of a template object with the result's columns (one per column list: a plan's
  // columns array is the same on every run), so every row of a shape is cloned in one step and its
  // values are stores to existing properties
  let templateColumns = null;
  let template = null;
  return {
    loadPhases: phases,
    run(query, params = {}) {
      // the engine's own JS parameter conversion (list parameters converted as the statement reads them)
      const r = engine.run(query, fromJsParams(params));
      const cols = r.columns;
      const data = r.rows;
      const n = cols.length;
      if (cols !== templateColumns) {
        templateColumns = cols;
        template = {};
        for (let c = 0; c < n; c++) template[cols[c]] = null;
      }
      const rows = new Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const o = { ...template };
        const row = data[i];
        for (let c = 0; c < n; c++) o[cols[c]] = toJs(row[c], store);
        rows[i] = o;
      }
      return rows;
    },
    close() {},
  };
}
