import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { compactExtraction, StringPool } from './compactExtraction';
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

/**
 * Ingests and extracts every file, on this thread or split across worker threads; either way the
 * results come back in file order, so the output does not depend on the worker count. Files are
 * dealt round-robin, which spreads long runs of big files across workers.
 */
export async function runFiles(stages: PipelineStages, files: readonly string[], options: RunFilesOptions): Promise<FileResult[]> {
  const total = files.length;
  const workers = Math.max(1, Math.min(options.workers, total));
  if (workers <= 1) {
    return files.map((file, i) => {
      const result = processFile(stages, file, options.languages);
      options.onFile?.(i + 1, total);
      return result;
    });
  }
  const results: FileResult[] = new Array(total);
  // one pool for the whole build: a name or label met in many articles is held once
  const pool = new StringPool();
  let done = 0;
  const shares: [number, string][][] = Array.from({ length: workers }, () => []);
  files.forEach((file, i) => shares[i % workers].push([i, file]));
  const running: Worker[] = [];
  const all = Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = startWorker({ stagesModule: options.stagesModule, languages: options.languages, files: share });
          running.push(worker);
          let finished = false;
          worker.on('message', (message: WorkerMessage) => {
            for (const [index, result] of message.results) {
              if (result.doc) result.extraction = compactExtraction(result.doc, result.extraction, pool);
              results[index] = result;
              options.onFile?.(++done, total);
            }
            if (message.done) finished = true;
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (finished) resolve();
            else reject(new Error(`pipeline: a worker stopped (exit code ${code}) before finishing its files`));
          });
        }),
    ),
  );
  try {
    await all;
  } catch (e) {
    await Promise.all(running.map((w) => w.terminate()));
    throw e;
  }
  return results;
}

function startWorker(input: WorkerInput): Worker {
  const data = { ...input, newsgraphWorker: true };
  if (__filename.endsWith('.ts')) {
    // running from the TypeScript sources (tests, ts-node): register ts-node inside the worker first
    const entry = path.join(__dirname, 'extractWorker.ts');
    const code = `require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(entry)});`;
    return new Worker(code, { eval: true, workerData: data });
  }
  return new Worker(path.join(__dirname, 'extractWorker.js'), { workerData: data });
}
