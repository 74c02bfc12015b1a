import { promises as fs } from 'node:fs';
import { isNewsgraphError } from '../model/errors';
import type { ArticleDoc, IngestProblem } from '../model/types';
import { collectFiles, describeFsError } from './collectFiles';
import { formatBytes } from './decodeText';
import { resolveIngestOptions, type IngestOptions } from './options';
import { parseArticle } from './parseArticle';

/** A file skipped because an earlier file (in path order) holds the same article. */
export interface IngestDuplicate {
  path: string;
  /** path of the first file with this article */
  duplicateOf: string;
  /** the id of the article kept */
  id: string;
  /** same bytes (sha256) or same normalised body (fingerprint) */
  by: 'sha256' | 'fingerprint';
}

export type IngestEvent =
  | { kind: 'article'; article: ArticleDoc }
  | { kind: 'duplicate'; duplicate: IngestDuplicate }
  | { kind: 'problem'; problem: IngestProblem };

export interface IngestResult {
  articles: ArticleDoc[];
  problems: IngestProblem[];
  duplicates: IngestDuplicate[];
}

/**
 * Files and directories -> one event per file, in path order: an article, a duplicate of an earlier
 * one, or a problem (one line: path and reason). Reading is the only I/O; parsing is parseArticle().
 * Never throws for bad input; a bad option throws NewsgraphError INPUT before anything is read.
 * `total` is called once with the number of files found (for a progress bar).
 */
export async function* ingestEvents(
  paths: string[],
  options: Partial<IngestOptions> = {},
  total?: (files: number) => void,
): AsyncGenerator<IngestEvent> {
  const o = resolveIngestOptions(options);
  const { files, problems } = await collectFiles(paths, o.extensions);
  total?.(files.length);
  for (const problem of problems) yield { kind: 'problem', problem };

  const bySha = new Map<string, ArticleDoc>();
  const byFingerprint = new Map<string, ArticleDoc>();
  for (const path of files) {
    let bytes: Uint8Array;
    try {
      const st = await fs.stat(path);
      if (st.size > o.maxBytes) {
        yield { kind: 'problem', problem: { path, reason: `too large (${formatBytes(st.size)}, limit ${formatBytes(o.maxBytes)})` } };
        continue;
      }
      bytes = await fs.readFile(path);
    } catch (e) {
      yield { kind: 'problem', problem: { path, reason: `cannot read (${describeFsError(e)})` } };
      continue;
    }
    let article: ArticleDoc;
    try {
      article = parseArticle(path, bytes, o);
    } catch (e) {
      if (!isNewsgraphError(e)) throw e;
      yield { kind: 'problem', problem: { path, reason: e.message.replace(`ingest: ${path}: `, '') } };
      continue;
    }
    const first = bySha.get(article.sha256) ?? byFingerprint.get(article.fingerprint);
    if (first) {
      const by = bySha.has(article.sha256) ? 'sha256' : 'fingerprint';
      yield { kind: 'duplicate', duplicate: { path, duplicateOf: first.path, id: first.id, by } };
      continue;
    }
    bySha.set(article.sha256, article);
    byFingerprint.set(article.fingerprint, article);
    yield { kind: 'article', article };
  }
}

/** ingestEvents() collected: the articles (first copy of each), problems and duplicates. */
export async function ingest(paths: string[], options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const result: IngestResult = { articles: [], problems: [], duplicates: [] };
  for await (const ev of ingestEvents(paths, options)) {
    if (ev.kind === 'article') result.articles.push(ev.article);
    else if (ev.kind === 'duplicate') result.duplicates.push(ev.duplicate);
    else result.problems.push(ev.problem);
  }
  return result;
}

/** "path: reason", the one line shown to the user */
export function formatProblem(p: IngestProblem): string {
  return `${p.path}: ${p.reason}`;
}
