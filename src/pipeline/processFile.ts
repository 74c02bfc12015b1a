import * as fs from 'node:fs';
import { isNewsgraphError, type ArticleDoc, type Extraction, type IngestProblem } from '../model';
import type { PipelineStages } from './stages';

/** What became of one input file: an article with its extraction, or one line saying why not. */
export type FileResult =
  | { path: string; doc: ArticleDoc; extraction: Extraction; problem?: undefined }
  | { path: string; problem: IngestProblem; doc?: undefined; extraction?: undefined };

/**
 * Reads, ingests and extracts one file. Expected failures (NewsgraphError: unreadable, empty, binary,
 * too large, no text) become a problem; anything else is a bug and propagates.
 */
export function processFile(stages: PipelineStages, path: string): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    return { path, problem: { path, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` } };
  }
  let doc: ArticleDoc;
  try {
    doc = stages.parseArticle(path, bytes);
  } catch (e) {
    if (isNewsgraphError(e)) return { path, problem: { path, reason: reasonOf(e.message, path) } };
    throw e;
  }
  return { path, doc, extraction: stages.extractArticle(doc) };
}

/** "ingest: seeds/x.txt: empty file" -> "empty file" (the path is printed beside it). */
export function reasonOf(message: string, path: string): string {
  for (const prefix of [`ingest: ${path}: `, `${path}: `]) if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}
