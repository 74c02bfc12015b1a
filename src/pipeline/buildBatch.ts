/**
 * The build up to the resolved batch, ingest -> extract -> resolve, as one function over data: what
 * the store file is written from (the CLI saves it with saveBatch; buildGraph applies it to a
 * graphology graph). Also the `--append` path: the stored articles are re-resolved together with the
 * new ones (no re-extraction), so appending articles one by one gives the graph a single build gives.
 */
import { compareStrings, type ArticleDoc, type Extraction, type GraphBatch, type IngestProblem } from '../model';
import type { NewsGraph } from '../store';
import { storedArticles } from './articleDocs';
import { DEFAULT_STAGES_MODULE, stages as defaultStages } from './defaultStages';
import { validateBuildOptions, workerCount, type BuildOptions } from './options';
import { runFiles } from './runFiles';
import type { PipelineStages } from './stages';
import { summarize, type BuildSummary, type Duplicate } from './summarize';

export type BuildPhase = 'collect' | 'extract' | 'resolve' | 'store';
export type BuildProgress = (phase: BuildPhase, done: number, total: number) => void;

export interface BuildInput {
  /** files and directories to ingest */
  paths: readonly string[];
  /** the store to append to (--append); its articles are kept and new ones added */
  previous?: NewsGraph;
  /** names the previous store in messages */
  previousName?: string;
}

export interface BuildEnvironment {
  stages?: PipelineStages;
  /** module that exports the same `stages` for worker threads (absolute path) */
  stagesModule?: string;
  /**
   * A pass over the new articles after extraction and duplicate removal (the optional LLM extractor,
   * src/extract/llm): given their docs and extractions, returns replacement extractions (same order)
   * and notice lines.
   */
  augment?: (docs: readonly ArticleDoc[], extractions: readonly Extraction[]) => Promise<{ extractions: Extraction[]; notices: IngestProblem[] }>;
}

export interface BatchResult {
  batch: GraphBatch;
  /** every stored article's extraction, by article id in id order (the store's `extractions` attribute) */
  extractions: Record<string, Extraction>;
  summary: BuildSummary;
}

export async function buildBatch(
  input: BuildInput,
  options: Partial<BuildOptions> = {},
  progress?: BuildProgress,
  env: BuildEnvironment = {},
): Promise<BatchResult> {
  const o = validateBuildOptions(options);
  const stages = env.stages ?? defaultStages;
  const stagesModule = env.stagesModule ?? DEFAULT_STAGES_MODULE;

  progress?.('collect', 0, input.paths.length);
  const collected = await stages.collectFiles([...input.paths]);
  const problems: IngestProblem[] = [...collected.problems];
  const previous = input.previous ? storedArticles(input.previous, input.previousName ?? 'store') : { docs: [], extractions: [] };

  const workers = workerCount(o, collected.files.length);
  const results = await runFiles(stages, collected.files, {
    workers,
    stagesModule,
    languages: o.languages,
    onFile: (done, total) => progress?.('extract', done, total),
  });

  // first come, first kept: stored articles, then new files in collection order
  const bySha = new Map<string, string>();
  const byFingerprint = new Map<string, string>();
  const remember = (doc: ArticleDoc) => {
    bySha.set(doc.sha256, doc.path);
    if (doc.fingerprint) byFingerprint.set(doc.fingerprint, doc.path);
  };
  previous.docs.forEach(remember);
  const docs: ArticleDoc[] = [...previous.docs];
  const extractions: Extraction[] = [...previous.extractions];
  const duplicates: Duplicate[] = [];
  const notices: IngestProblem[] = [];
  for (const result of results) {
    if (result.problem) {
      problems.push(result.problem);
      continue;
    }
    const { doc, extraction } = result;
    const sameFile = bySha.get(doc.sha256);
    const sameText = doc.fingerprint ? byFingerprint.get(doc.fingerprint) : undefined;
    if (sameFile !== undefined || sameText !== undefined) {
      duplicates.push({ path: doc.path, duplicateOf: (sameFile ?? sameText)!, reason: sameFile !== undefined ? 'same file' : 'same text' });
      continue;
    }
    if (result.notice) notices.push(result.notice);
    remember(doc);
    docs.push(doc);
    extractions.push(extraction);
  }

  if (env.augment && docs.length > previous.docs.length) {
    const from = previous.docs.length;
    const augmented = await env.augment(docs.slice(from), extractions.slice(from));
    if (augmented.extractions.length !== docs.length - from) throw new Error('pipeline: the augment pass must return one extraction per new article');
    extractions.splice(from, extractions.length - from, ...augmented.extractions);
    notices.push(...augmented.notices);
  }

  progress?.('resolve', 0, 1);
  const batch = stages.resolveGraph(docs, extractions);
  progress?.('resolve', 1, 1);
  const stored: Record<string, Extraction> = {};
  for (const x of [...extractions].sort((a, b) => compareStrings(a.articleId, b.articleId))) stored[x.articleId] = x;

  const summary = summarize(batch, {
    files: collected.files.length,
    added: docs.length - previous.docs.length,
    duplicates,
    problems,
    notices,
    conflicts: stages.countConflicts(batch),
    workers,
    sentences: extractions.reduce((n, x) => n + x.sentences.length, 0),
  });
  return { batch, extractions: stored, summary };
}
