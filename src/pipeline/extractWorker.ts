/**
 * Worker thread entry: takes files one at a time from the build's shared counter (the other workers
 * take from the same counter), processes each with the stages from `stagesModule` and posts the
 * results back on its port with the files' indexes, in batches. Loaded by runFiles (through ts-node
 * when the sources run uncompiled).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { stripEvidence } from './compactExtraction';
import { processFile, type FileResult } from './processFile';
import type { PipelineStages } from './stages';

export interface WorkerInput {
  stagesModule: string;
  languages: readonly string[];
  /** every file of the build; a thread processes the index it takes from `next` */
  files: readonly string[];
  /** one Int32: the index of the next file nobody has taken (Atomics.add) */
  next: SharedArrayBuffer;
  /** where results go (one end of a MessageChannel of its own) */
  port: MessagePort;
}

export interface WorkerMessage {
  results: [index: number, result: FileResult][];
  done?: boolean;
}

const BATCH = 8;

if (workerData && (workerData as { newsgraphWorker?: boolean }).newsgraphWorker) {
  const { stagesModule, languages, files, next, port } = workerData as WorkerInput;
  const stages: PipelineStages = require(stagesModule).stages;
  const counter = new Int32Array(next);
  let batch: [number, FileResult][] = [];
  for (let index = Atomics.add(counter, 0, 1); index < files.length; index = Atomics.add(counter, 0, 1)) {
    const result = processFile(stages, files[index], languages);
    // evidence sentences travel as offsets into the text; runFiles restores them (compactExtraction)
    if (result.doc) stripEvidence(result.doc, result.extraction);
    batch.push([index, result]);
    if (batch.length >= BATCH) {
      port.postMessage({ results: batch } satisfies WorkerMessage);
      batch = [];
    }
  }
  port.postMessage({ results: batch, done: true } satisfies WorkerMessage);
}
