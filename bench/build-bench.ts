/**
 * Build benchmark: ingest -> extract -> resolve -> save, as `newsgraph build` runs it, on synthetic news corpora of 1k, 5k and 10k
 * articles (bench/generateCorpus.ts, fixed seed). Each build runs in its own process over code compiled
 * for the benchmark into a private directory (so a concurrent `npm run build` cannot pull it away), with all cores (worker threads), plus a one-thread run of the
 * smallest corpus for the per-core baseline. Prints a table of articles/s, sentences/s (total and per
 * core), sentences per CPU-second (what one core does when it is not shared: the machine may be busy),
 * the CPU seconds of all threads and of the main thread alone (Linux), how many cores the build kept busy, time per phase, peak RSS and store size.
 *
 *   npm run bench:build                     # 1000, 5000, 10000
 *   npm run bench:build -- 1000 2000        # chosen sizes
 *   BENCH_BUILD_RUNS=1 npm run bench:build  # one build per row (default 3: the row is the median by wall time)
 *
 * A build's wall time moves by ~5 % from run to run on a quiet machine (extraction's share most), so
 * each row is the median of several builds, and the per-core column gives the range of all of them.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeCorpus } from './generateCorpus';

const SEED = 42;
const ROOT = path.resolve(__dirname, '..');

interface Run {
  articles: number;
  problems: number;
  sentences: number;
  nodes: number;
  relationships: number;
  workers: number;
  ms: number;
  /** CPU time of the build process, all threads */
  cpuMs: number;
  /** CPU time of its main thread (receiving, resolve, save); null where /proc is missing */
  mainCpuMs: number | null;
  phases: Record<string, number>;
  maxRssMB: number;
  storeMB: number;
}

function corpus(size: number): string {
  const dir = path.join(tmpdir(), `newsgraph-bench-corpus-${size}-${SEED}`);
  const marker = path.join(dir, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    writeCorpus(dir, size, SEED);
    fs.writeFileSync(marker, '');
  }
  return dir;
}

/** Compiles src/ (tsconfig.build.json) into a private directory for the child processes, with the build's generated data. */
function compile(): string {
  // inside the repository (bench/data/ is git-ignored) so the compiled code finds node_modules
  const out = path.join(ROOT, 'bench', 'data', `dist-${process.pid}`);
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', out, '--sourceMap', 'false'], { encoding: 'utf8', timeout: 10 * 60 * 1000 });
  if (tsc.status !== 0) throw new Error(`bench: tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  // the rest of `npm run build` that the build uses: compromise's lexicon as JSON (src/extract/gazetteer/compromiseLexicon.ts)
  const lexicon = spawnSync(process.execPath, [path.join(out, 'extract', 'gazetteer', 'writeCompromiseLexicon.js')], { encoding: 'utf8', timeout: 60 * 1000 });
  if (lexicon.status !== 0) throw new Error(`bench: writeCompromiseLexicon failed:\n${lexicon.stdout}${lexicon.stderr}`);
  return out;
}

function measure(dist: string, size: number, workers: number): Run {
  const out = path.join(tmpdir(), `newsgraph-bench-${process.pid}-${size}-${workers}.json`);
  const child = spawnSync(process.execPath, [path.join(__dirname, 'build-child.js'), dist, corpus(size), out, String(workers)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 30 * 60 * 1000,
  });
  fs.rmSync(out, { force: true });
  if (child.status !== 0) throw new Error(`build of ${size} articles failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

/** The run with the median wall time of `runs` builds, and every run's sentences per second per worker thread. */
function measureMedian(dist: string, size: number, workers: number, runs: number): { run: Run; perCore: number[] } {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(measure(dist, size, workers));
  all.sort((a, b) => a.ms - b.ms);
  return { run: all[Math.floor((all.length - 1) / 2)], perCore: all.map((r) => Math.round(r.sentences / (r.ms / 1000) / r.workers)) };
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  ')).join('\n');
}

function main(): void {
  const dist = compile();
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const list = sizes.length ? sizes : [1000, 5000, 10000];
  const cores = availableParallelism();
  const plan: [number, number][] = [[list[0], 1], ...list.map((n) => [n, cores] as [number, number])];
  const runs = Math.max(1, Number(process.env.BENCH_BUILD_RUNS ?? 3) || 3);
  const rows: (string | number)[][] = [['articles', 'workers', 'sentences', 'seconds', 'articles/s', 'sentences/s', 'sent/s/core', `sent/s/core (${runs} runs)`, 'sent/CPU-s', 'CPU s', 'main thread CPU s', 'CPU use', 'ingest+extract s', 'resolve s', 'save s', 'peak RSS MB', 'store MB', 'nodes', 'rels']];
  try {
    for (const [size, workers] of plan) {
      const { run: r, perCore } = measureMedian(dist, size, workers, runs);
      const s = r.ms / 1000;
      rows.push([
        r.articles, r.workers, r.sentences, s.toFixed(1), Math.round(r.articles / s), Math.round(r.sentences / s), Math.round(r.sentences / s / r.workers),
        perCore.length > 1 ? `${Math.min(...perCore)}-${Math.max(...perCore)}` : perCore[0],
        Math.round(r.sentences / (r.cpuMs / 1000)), (r.cpuMs / 1000).toFixed(1), r.mainCpuMs === null ? '-' : (r.mainCpuMs / 1000).toFixed(1), `${(r.cpuMs / r.ms).toFixed(2)} cores`,
        (((r.phases.collect ?? 0) + (r.phases.extract ?? 0)) / 1000).toFixed(1), ((r.phases.resolve ?? 0) / 1000).toFixed(1), ((r.phases.save ?? 0) / 1000).toFixed(1),
        Math.round(r.maxRssMB), r.storeMB.toFixed(1), r.nodes, r.relationships,
      ]);
      process.stderr.write(`bench: ${size} articles, ${workers} worker(s): ${s.toFixed(1)} s (median of ${runs})\n`);
    }
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
  process.stdout.write(
    `\nBuild benchmark (synthetic news corpus, seed ${SEED}, ${cores} cores, Node ${process.version})\n\n${table(rows)}\n` +
      `Each row: the build with the median wall time of ${runs}. sent/s/core: sentences per second of wall time, per worker thread (then its range over the ${runs} builds); sent/CPU-s: per CPU-second of all threads (V8's compiler and GC helpers included). Target: 5,000 per core.\n`,
  );
}

main();
