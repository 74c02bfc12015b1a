/**
 * The real stages: ingest (collectFiles, parseArticle), extract (extractArticle), resolve
 * (resolveGraph, listConflicts). Worker threads load this module by path.
 */
import { extractArticle } from '../extract';
import { collectFiles, DEFAULT_INGEST_OPTIONS, parseArticle } from '../ingest';
import { listConflicts, resolveGraph } from '../resolve';
import type { PipelineStages } from './stages';

export const stages: PipelineStages = {
  collectFiles: (paths) => collectFiles(paths),
  maxBytes: DEFAULT_INGEST_OPTIONS.maxBytes,
  parseArticle: (path, bytes) => parseArticle(path, bytes),
  extractArticle: (doc) => extractArticle(doc),
  resolveGraph: (docs, extractions) => resolveGraph(docs, extractions),
  listConflicts: (batch) => listConflicts(batch),
};

export const DEFAULT_STAGES_MODULE = __filename;
