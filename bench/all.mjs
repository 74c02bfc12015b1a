#!/usr/bin/env node
// `npm run bench`: every benchmark the issues ask for, one after the other, into one report
// (bench/results/report.md, printed at the end). Each part is its own script and can run alone:
//
//   cypher     ../shared/bench-peers workload: hand-written graphology, Kùzu and our engine   (bench:peers)
//   parser     parse / parse+compile / cached-plan rates of typical queries                   (bench:parser)
//   build      ingest -> store on 1k/5k/10k synthetic articles                               (bench:build)
//   temporal   parse + format 100k temporal values vs temporal-polyfill                       (bench:temporal)
//   bolt       round trip, 1M-row stream, export neo4j into our endpoint                       (bench:bolt)
//   viewer     first render / filter / hover in headless Chromium, 1k and 10k nodes            (bench:viewer)
//
// Usage: npm run bench [-- --only cypher,bolt]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;

const PARTS = [
  ['cypher', 'Cypher engine vs hand-written graphology and Kùzu (100k nodes / 1M relationships)', ['run', 'bench:peers']],
  ['parser', 'Cypher parser throughput (CPU time)', ['run', 'bench:parser']],
  ['build', 'Build throughput (ingest -> extract -> resolve -> save)', ['run', 'bench:build']],
  ['temporal', 'Temporal values: parse + format', ['run', 'bench:temporal']],
  ['bolt', 'Bolt endpoint over loopback (neo4j-driver)', ['run', 'bench:bolt']],
  ['viewer', 'Viewer in headless Chromium', ['run', 'bench:viewer']],
];

const report = [`# newsgraph benchmarks`, '', `${new Date().toISOString()} · Node ${process.version} · ${process.platform}/${process.arch}`, ''];
let failed = 0;
for (const [name, title, args] of PARTS) {
  if (only && !only.has(name)) continue;
  process.stderr.write(`\n=== ${name}: ${title}\n`);
  const started = Date.now();
  const r = spawnSync('npm', ['--silent', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(r.stdout ?? '');
  report.push(`## ${title}`, '', `(\`npm run ${args[1]}\`, ${secs} s${r.status === 0 ? '' : `, FAILED with exit ${r.status}`})`, '', (r.stdout ?? '').trim(), '');
  if (r.status !== 0) failed++;
}
fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
const out = path.join(ROOT, 'bench', 'results', 'report.md');
fs.writeFileSync(out, report.join('\n') + '\n');
process.stderr.write(`\nreport: ${path.relative(ROOT, out)}${failed ? ` (${failed} part(s) failed)` : ''}\n`);
process.exitCode = failed ? 1 : 0;
