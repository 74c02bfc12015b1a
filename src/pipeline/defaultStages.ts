/**
 * The real stages: ingest (collectFiles, parseArticle), extract (extractArticle), resolve
 * (resolveGraph, countConflicts). Worker threads load this module by path.
 *
 * The extractor (with its NLP models, about 70 MB) is loaded on first use: when worker threads do the
 * extraction, the main thread never loads it. Likewise resolve, which the workers never need (~15 ms
 * of CPU per worker thread to load).
 */
import type * as Extract from '../extract';
import { collectFiles, DEFAULT_INGEST_OPTIONS, parseArticle } from '../ingest';
import type * as Resolve from '../resolve';
import { lazy } from '../model/lazy';
import type { PipelineStages } from './stages';

const extractor = lazy(() => require('../extract') as typeof Extract);
const resolver = lazy(() => require('../resolve') as typeof Resolve);

export const stages: PipelineStages = {
  collectFiles: (paths) => collectFiles(paths),
  maxBytes: DEFAULT_INGEST_OPTIONS.maxBytes,
  parseArticle: (path, bytes) => parseArticle(path, bytes),
  extractArticle: (doc) => extractor().extractArticle(doc),
  resolveGraph: (docs, extractions) => resolver().resolveGraph(docs, extractions),
  countConflicts: (batch) => resolver().countConflicts(batch),
};

export const DEFAULT_STAGES_MODULE = __filename;
