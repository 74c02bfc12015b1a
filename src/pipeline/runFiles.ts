import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import * as path from 'node:path';
import { compactExtraction, StringPool } from './compactExtraction';
import { prefetchFiles } from './prefetchFiles';
import { processFile, type FileResult } from './processFile';
import type { PipelineStages } from './stages';
import type { WorkerInput, WorkerMessage } from './extractWorker';

export interface RunFilesOptions {
  /** number of worker threads; 1 runs everything on this thread */
  workers: number;
  /** module exporting `stages` for the workers (an absolute path) */
  stagesModule: string;
  /** languages the extractor is run on (others are stored without extraction) */
  languages: readonly string[];
  onFile?: (done: number, total: number) => void;
}

/** builds of fewer files start no read-ahead thread (~30 ms to start; a few cold reads cost less) */
const PREFETCH_FROM = 64;

/**
 * Ingests and extracts every file, on this thread or on worker threads; either way the results come
 * back in file order, so the output does not depend on the worker count. The workers take the next
 * file from one shared counter, so a slower worker takes fewer. This thread only receives: extracting
 * here too (tried) cost more CPU on large builds, since its heap holds every result so far and each of
 * its major GCs during extraction marks all of it.
 */
export async function runFiles(stages: PipelineStages, files: readonly string[], options: RunFilesOptions): Promise<FileResult[]> {
  const total = files.length;
  const threads = Math.max(1, Math.min(options.workers, total));
  if (threads <= 1) {
    const taken = new SharedArrayBuffer(4);
    const position = new Int32Array(taken);
    const prefetch = total >= PREFETCH_FROM ? prefetchFiles(files, taken) : undefined;
    const results: FileResult[] = [];
    try {
      for (let i = 0; i < total; i++) {
        Atomics.store(position, 0, i + 1);
        results.push(processFile(stages, files[i], options.languages));
        options.onFile?.(i + 1, total);
      }
    } finally {
      prefetch?.stop();
    }
    return results;
  }
  const results: FileResult[] = new Array(total);
  // one pool for the whole build: a name or label met in many articles is held once
  const pool = new StringPool();
  let done = 0;
  const keep = (index: number, result: FileResult) => {
    if (result.doc) result.extraction = compactExtraction(result.doc, result.extraction, pool);
    results[index] = result;
    options.onFile?.(++done, total);
  };

  const next = new SharedArrayBuffer(4);
  // the workers' next file is the shared counter: the read-ahead stays in front of it
  const prefetch = total >= PREFETCH_FROM ? prefetchFiles(files, next) : undefined;
  const running: { worker: Worker; port: MessagePort; finished: boolean }[] = [];
  try {
    const ended = Array.from({ length: threads }, () => {
      const { port1, port2 } = new MessageChannel();
      const r = { worker: startWorker({ stagesModule: options.stagesModule, languages: options.languages, files, next, port: port2 }, [port2]), port: port1, finished: false };
      running.push(r);
      return new Promise<void>((resolve, reject) => {
        // a worker's last message says it is done: its results are all in, and the build goes on while
        // its isolate is torn down (~30-50 ms per worker, on the core resolve leaves idle); it is stopped
        // then, so that nothing a stage left open keeps the process alive after the build
        const take = (message: WorkerMessage) => {
          for (const [index, result] of message.results) keep(index, result);
          if (message.done && !r.finished) {
            r.finished = true;
            r.port.close();
            void r.worker.terminate();
            resolve();
          }
        };
        r.port.on('message', take);
        r.worker.on('error', reject);
        r.worker.on('exit', (code) => {
          if (r.finished) return;
          // what the worker posted before it stopped may still be queued on our end
          for (let m = receiveMessageOnPort(r.port); m; m = receiveMessageOnPort(r.port)) take(m.message as WorkerMessage);
          if (r.finished) return;
          r.port.close();
          reject(new Error(`pipeline: a worker stopped (exit code ${code}) before finishing its files`));
        });
      });
    });
    try {
      await Promise.all(ended);
    } catch (e) {
      await Promise.all(running.map((r) => r.worker.terminate()));
      throw e;
    }
  } finally {
    prefetch?.stop();
  }
  return results;
}

/**
 * An extraction thread's young generation: 192 MB (64 MB semi-spaces) instead of V8's default 48 MB. An
 * article's working data is all garbage once its results are posted, so a larger young generation means
 * fewer scavenges for the same work. Alternating builds: the extraction phase 6.25-6.69 -> 5.74-5.88 s at
 * 5k, 10.27-10.91 -> 9.59-10.31 s at 10k; peak RSS +40-130 MB (src/pipeline/README.md, tenth round).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

function startWorker(input: WorkerInput, transferList: MessagePort[]): Worker {
  const data = { ...input, newsgraphWorker: true };
  if (__filename.endsWith('.ts')) {
    // running from the TypeScript sources (tests, ts-node): register ts-node inside the worker first
    const entry = path.join(__dirname, 'extractWorker.ts');
    const code = `require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(entry)});`;
    return new Worker(code, { eval: true, workerData: data, transferList, resourceLimits: WORKER_LIMITS });
  }
  return new Worker(path.join(__dirname, 'extractWorker.js'), { workerData: data, transferList, resourceLimits: WORKER_LIMITS });
}
