/**
 * Worker thread entry: processes its share of the files with the stages from `stagesModule` and posts
 * each result back with the file's index, in batches. Loaded by runFiles (through ts-node when the
 * sources run uncompiled).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { stripEvidence } from './compactExtraction';
import { processFile, type FileResult } from './processFile';
import type { PipelineStages } from './stages';

export interface WorkerInput {
  stagesModule: string;
  languages: readonly string[];
  files: [index: number, path: string][];
}

export interface WorkerMessage {
  results: [index: number, result: FileResult][];
  done?: boolean;
}

const BATCH = 8;

if (parentPort && workerData && (workerData as { newsgraphWorker?: boolean }).newsgraphWorker) {
  const { stagesModule, languages, files } = workerData as WorkerInput;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const stages: PipelineStages = require(stagesModule).stages;
  let batch: [number, FileResult][] = [];
  for (const [index, path] of files) {
    const result = processFile(stages, path, languages);
    // evidence sentences travel as offsets into the text; runFiles restores them (compactExtraction)
    if (result.doc) stripEvidence(result.doc, result.extraction);
    batch.push([index, result]);
    if (batch.length >= BATCH) {
      parentPort.postMessage({ results: batch } satisfies WorkerMessage);
      batch = [];
    }
  }
  parentPort.postMessage({ results: batch, done: true } satisfies WorkerMessage);
}
