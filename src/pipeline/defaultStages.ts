/**
 * The real stages: ingest (collectFiles, parseArticle), extract (extractArticle), resolve
 * (resolveGraph, listConflicts). Worker threads load this module by path.
 */
import { parseArticle } from '../ingest/parseArticle';
import { listConflicts, resolveGraph } from '../resolve';
import type { PipelineStages } from './stages';

/* eslint-disable @typescript-eslint/no-require-imports */
export const stages: PipelineStages = {
  collectFiles: (paths) => require('../ingest').collectFiles(paths),
  parseArticle: (path, bytes) => parseArticle(path, bytes),
  extractArticle: (doc) => require('../extract').extractArticle(doc),
  resolveGraph: (docs, extractions) => resolveGraph(docs, extractions),
  listConflicts: (batch) => listConflicts(batch),
};

export const DEFAULT_STAGES_MODULE = __filename;
