#!/usr/bin/env node
// `npm run bench:peers`: the ../shared/bench-peers workload with our engine as the third column.
// Prepares a private working copy in bench/.peers (git-ignored): the harness files, its own npm install
// (Kùzu, from the npm registry, once), and the generated 100k/1M graph (once); then runs
//   node bench.mjs --data bench/.peers/data --engine bench/peers-adapter.mjs
// Extra arguments are passed on (e.g. `npm run bench:peers -- --engines graphology`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'bench-peers');
const WORK = path.join(ROOT, 'bench', '.peers');
const log = (s) => process.stderr.write(`bench:peers: ${s}\n`);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: WORK, stdio: ['ignore', 'inherit', 'inherit'], ...opts });

if (!fs.existsSync(path.join(SHARED, 'bench.mjs'))) {
  log(`no harness at ${SHARED}`);
  process.exit(2);
}
fs.mkdirSync(WORK, { recursive: true });
for (const f of fs.readdirSync(SHARED)) {
  if (/\.(mjs|json)$/.test(f)) fs.copyFileSync(path.join(SHARED, f), path.join(WORK, f));
}

let engines = 'graphology,kuzu';
if (!fs.existsSync(path.join(WORK, 'node_modules', 'kuzu', 'kuzujs.node'))) {
  log('installing the peer engine (kuzu, once; about 540 MB)');
  const ok = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']).status === 0 && run(process.execPath, ['node_modules/kuzu/install.js']).status === 0;
  if (!ok || !fs.existsSync(path.join(WORK, 'node_modules', 'kuzu'))) {
    log('kuzu could not be installed: running without the Kùzu column');
    engines = 'graphology';
  }
}
if (!fs.existsSync(path.join(WORK, 'data', 'manifest.json'))) {
  log('generating the 100k-node / 1M-relationship graph (once)');
  if (run(process.execPath, ['gen.mjs', '--out', 'data'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) process.exit(1);
}
const extra = process.argv.slice(2);
const args = ['bench.mjs', '--data', 'data', '--engine', path.join(ROOT, 'bench', 'peers-adapter.mjs')];
if (!extra.includes('--engines')) args.push('--engines', engines);
const r = run(process.execPath, [...args, ...extra], { stdio: ['ignore', 'inherit', 'inherit'] });
process.exit(r.status ?? 1);
