export { buildBatch, type BatchResult, type BuildInput, type BuildEnvironment, type BuildPhase, type BuildProgress } from './buildBatch';
export { buildGraph, type BuildResult } from './buildGraph';
export { type BuildOptions, DEFAULT_BUILD_OPTIONS, validateBuildOptions, workerCount } from './options';
export { type BuildSummary, type Duplicate } from './summarize';
export { type PipelineStages, type CollectedFiles } from './stages';
export { storedArticles } from './articleDocs';
