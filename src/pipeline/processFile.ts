import * as fs from 'node:fs';
import { describeFsError } from '../ingest/collectFiles';
import { formatBytes } from '../ingest/decodeText';
import { isNewsgraphError, type ArticleDoc, type Extraction, type IngestProblem } from '../model';
import type { PipelineStages } from './stages';

/** What became of one input file: an article with its extraction, or one line saying why not. */
export type FileResult =
  | { path: string; doc: ArticleDoc; extraction: Extraction; problem?: undefined; notice?: IngestProblem }
  | { path: string; problem: IngestProblem; doc?: undefined; extraction?: undefined };

/**
 * Reads, ingests and extracts one file. Expected failures (unreadable, too large, and every
 * NewsgraphError of parseArticle: empty, binary, invalid UTF-8, no text) become a problem with ingest's
 * wording; an unexpected exception is reported as a bug on that file's line and the build goes on. An
 * article in a language outside `languages` is kept with an empty extraction and a notice (one line).
 */
export function processFile(stages: PipelineStages, path: string, languages: readonly string[] = ['en', 'und']): FileResult {
  let bytes: Uint8Array;
  try {
    const read = readSmallFile(path, stages.maxBytes);
    if (typeof read === 'number') {
      return { path, problem: { path, reason: `too large (${formatBytes(read)}, limit ${formatBytes(stages.maxBytes!)})` } };
    }
    bytes = read;
  } catch (e) {
    return { path, problem: { path, reason: `cannot read (${describeFsError(e)})` } };
  }
  let doc: ArticleDoc;
  try {
    doc = stages.parseArticle(path, bytes);
  } catch (e) {
    if (isNewsgraphError(e)) return { path, problem: { path, reason: reasonOf(e.message, path) } };
    return { path, problem: bugProblem(path, 'ingest', e) };
  }
  if (!languages.includes(doc.language)) {
    // the extractor reads English: the article is stored (with its language) but nothing is extracted
    const notice = { path, reason: `language "${doc.language}": stored without extracting entities (extraction reads ${languages.join(', ')})` };
    return { path, doc, extraction: emptyExtraction(doc.id), notice };
  }
  try {
    return { path, doc, extraction: stages.extractArticle(doc) };
  } catch (e) {
    return { path, problem: bugProblem(path, 'extract', e) };
  }
}

/**
 * The file's bytes, or its size when that is over `maxBytes` (then it is not read). The size comes
 * from the open file (fstat), not from a second look-up of the path: a path stat cost more than the
 * open and the read of a small article together. When the file cannot be opened, the path is stat'ed
 * and read as before, so every outcome is the same (a file too large to read is reported as too large
 * even when it cannot be opened; every other failure throws the same error code).
 */
export function readSmallFile(path: string, maxBytes: number | undefined): Uint8Array | number {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch {
    const size = fs.statSync(path).size;
    if (maxBytes !== undefined && size > maxBytes) return size;
    return fs.readFileSync(path);
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (maxBytes !== undefined && size > maxBytes) return size;
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * An unexpected exception on one file is a bug in ingest or extract, but one odd article must not
 * sink a build of thousands: the file is skipped with a line that says so, with where it was thrown.
 */
function bugProblem(path: string, stage: string, e: unknown): IngestProblem {
  const error = e instanceof Error ? e : new Error(String(e));
  const frame = error.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim() ?? '';
  return { path, reason: `internal error in ${stage} (a bug, please report it): ${error.name}: ${error.message}${frame ? ` (${frame})` : ''}` };
}

export function emptyExtraction(articleId: string): Extraction {
  return { articleId, sentences: [], mentions: [], facts: [], events: [] };
}

/** "ingest: seeds/x.txt: empty file" -> "empty file" (the path is printed beside it). */
export function reasonOf(message: string, path: string): string {
  for (const prefix of [`ingest: ${path}: `, `${path}: `]) if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}
