import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import * as path from 'node:path';
import { compactExtraction, StringPool, stripEvidence } from './compactExtraction';
import { processFile, type FileResult } from './processFile';
import type { PipelineStages } from './stages';
import type { WorkerInput, WorkerMessage } from './extractWorker';

export interface RunFilesOptions {
  /** threads that ingest and extract: this one plus `workers - 1` worker threads; 1 runs everything here */
  workers: number;
  /** module exporting `stages` for the workers (an absolute path) */
  stagesModule: string;
  /** languages the extractor is run on (others are stored without extraction) */
  languages: readonly string[];
  onFile?: (done: number, total: number) => void;
}

/**
 * Ingests and extracts every file, on this thread alone or on this thread together with worker
 * threads; either way the results come back in file order, so the output does not depend on the
 * worker count. With workers, every thread (this one included) takes the next file from one shared
 * counter, so a thread that is slower (this one also receives the others' results) takes fewer;
 * this thread reads the workers' results between its own files (receiveMessageOnPort), so they are
 * compacted as they come instead of queueing.
 */
export async function runFiles(stages: PipelineStages, files: readonly string[], options: RunFilesOptions): Promise<FileResult[]> {
  const total = files.length;
  const threads = Math.max(1, Math.min(options.workers, total));
  if (threads <= 1) {
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
  const keep = (index: number, result: FileResult) => {
    if (result.doc) result.extraction = compactExtraction(result.doc, result.extraction, pool);
    results[index] = result;
    options.onFile?.(++done, total);
  };

  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const running: { worker: Worker; port: MessagePort; finished: boolean }[] = [];
  const receive = (r: (typeof running)[number]) => {
    for (let m = receiveMessageOnPort(r.port); m; m = receiveMessageOnPort(r.port)) {
      const message = m.message as WorkerMessage;
      for (const [index, result] of message.results) keep(index, result);
      if (message.done) r.finished = true;
    }
  };
  const ended = Array.from({ length: threads - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const r = { worker: startWorker({ stagesModule: options.stagesModule, languages: options.languages, files, next, port: port2 }, [port2]), port: port1, finished: false };
    running.push(r);
    return new Promise<void>((resolve, reject) => {
      r.worker.on('error', reject);
      r.worker.on('exit', (code) => {
        // what the worker posted before it stopped is still queued on our end
        receive(r);
        r.port.close();
        if (r.finished) resolve();
        else reject(new Error(`pipeline: a worker stopped (exit code ${code}) before finishing its files`));
      });
    });
  });
  const all = Promise.all(ended);
  all.catch(() => undefined); // observed below; a rejection while this thread is busy is not unhandled

  try {
    for (let index = Atomics.add(counter, 0, 1); index < total; index = Atomics.add(counter, 0, 1)) {
      const result = processFile(stages, files[index], options.languages);
      if (result.doc) stripEvidence(result.doc, result.extraction);
      keep(index, result);
      for (const r of running) receive(r);
    }
    await all;
  } catch (e) {
    await Promise.all(running.map((r) => r.worker.terminate()));
    throw e;
  }
  return results;
}

function startWorker(input: WorkerInput, transferList: MessagePort[]): Worker {
  const data = { ...input, newsgraphWorker: true };
  if (__filename.endsWith('.ts')) {
    // running from the TypeScript sources (tests, ts-node): register ts-node inside the worker first
    const entry = path.join(__dirname, 'extractWorker.ts');
    const code = `require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(entry)});`;
    return new Worker(code, { eval: true, workerData: data, transferList });
  }
  return new Worker(path.join(__dirname, 'extractWorker.js'), { workerData: data, transferList });
}
