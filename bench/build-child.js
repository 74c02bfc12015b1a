'use strict';
// One measured build, run by build-bench.ts in its own process so peak RSS is this build's alone.
// Usage: node bench/build-child.js <compiled dir> <corpus dir> <out file> <workers>; prints one JSON line.
const fs = require('node:fs');
const path = require('node:path');

/** CPU seconds of this process's main thread (Linux /proc; undefined elsewhere): the rest is the workers and V8's helper threads. */
function mainThreadCpu() {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

async function main() {
  const [dist, dir, out, workers] = process.argv.slice(2);
  const { buildBatch } = require(path.join(dist, 'pipeline'));
  const { saveBatch } = require(path.join(dist, 'store'));
  const phases = {};
  const rssAtEnd = {};
  const start = performance.now();
  let last = start;
  let phase = 'collect';
  const mark = (next) => {
    if (next === phase) return;
    const now = performance.now();
    phases[phase] = (phases[phase] || 0) + (now - last);
    rssAtEnd[phase] = Math.round(process.memoryUsage().rss / 1048576);
    last = now;
    phase = next;
  };
  // what `newsgraph build` does: the store file written from the resolved batch
  const { batch, extractions, summary } = await buildBatch({ paths: [dir] }, { workers: Number(workers) }, (p) => mark(p));
  mark('save');
  await saveBatch(out, batch, extractions);
  mark('done');
  const ms = performance.now() - start;
  const mainCpu = mainThreadCpu();
  process.stdout.write(
    JSON.stringify({
      articles: summary.articles,
      problems: summary.problems.length,
      sentences: summary.sentences,
      nodes: summary.nodes,
      relationships: summary.relationships,
      workers: summary.workers,
      ms,
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      mainCpuMs: mainCpu === undefined ? null : mainCpu * 1000,
      phases,
      rssAtEnd,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      storeMB: fs.statSync(out).size / 1048576,
    }) + '\n',
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exitCode = 1;
});
