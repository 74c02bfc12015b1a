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
    const size = fs.statSync(path).size;
    if (stages.maxBytes !== undefined && size > stages.maxBytes) {
      return { path, problem: { path, reason: `too large (${formatBytes(size)}, limit ${formatBytes(stages.maxBytes)})` } };
    }
    bytes = fs.readFileSync(path);
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
