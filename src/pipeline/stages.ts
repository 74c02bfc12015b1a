/**
 * The pipeline's view of the layers below it. buildGraph takes the stages as a value, so tests (and
 * benchmarks) can run the orchestration with stand-ins; the real ones are in defaultStages.ts.
 * A worker thread loads its stages from a module path (`stagesModule`) that exports `stages`.
 */
import type { ArticleDoc, Extraction, GraphBatch, IngestProblem } from '../model';

export interface CollectedFiles {
  files: string[];
  problems: IngestProblem[];
}

export interface PipelineStages {
  /** files under the given paths (directories recursively), in a deterministic order, and unreadable paths */
  collectFiles(paths: string[]): CollectedFiles | Promise<CollectedFiles>;
  /** files larger than this are reported without being read (ingest's maxBytes) */
  maxBytes?: number;
  /** one file's bytes to an ArticleDoc; throws NewsgraphError (one line) for a file that is not an article */
  parseArticle(path: string, bytes: Uint8Array): ArticleDoc;
  extractArticle(doc: ArticleDoc): Extraction;
  resolveGraph(docs: readonly ArticleDoc[], extractions: readonly Extraction[]): GraphBatch;
  /** how many conflicts (resolve's listConflicts) the batch holds: the summary's count */
  countConflicts(batch: GraphBatch): number;
}
