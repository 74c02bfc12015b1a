import { availableParallelism } from 'node:os';
import { inputError } from '../model';

/** buildGraph options (interface + DEFAULTS + validate). */
export interface BuildOptions {
  /** worker threads for ingest + extract; undefined: one per `workerThreshold` files, at most one per core, at least 1 (this thread) */
  workers?: number;
  /**
   * files per worker thread in an automatic build: below twice this, extraction runs on this thread.
   * Each extraction thread costs ~2.5 CPU-seconds before it runs at full speed (loading the NLP models,
   * compiling the extractor), about what 1,000 articles of extraction cost at steady state.
   */
  workerThreshold: number;
  /** article languages (ISO 639-1, 'und' = undetermined) the extractor runs on; others are stored without extraction */
  languages: string[];
}

export const DEFAULT_BUILD_OPTIONS: Readonly<BuildOptions> = Object.freeze({ workers: undefined, workerThreshold: 1000, languages: ['en', 'und'] });

export function validateBuildOptions(partial: Partial<BuildOptions> = {}): BuildOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const o: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, languages: [...DEFAULT_BUILD_OPTIONS.languages], ...defined };
  if (o.workers !== undefined && (!Number.isInteger(o.workers) || o.workers < 1 || o.workers > 256)) {
    throw inputError('build', `workers must be an integer from 1 to 256, got ${String(o.workers)}`, { option: 'workers' });
  }
  if (!Number.isInteger(o.workerThreshold) || o.workerThreshold < 1) {
    throw inputError('build', `workerThreshold must be a positive integer, got ${String(o.workerThreshold)}`, { option: 'workerThreshold' });
  }
  if (!Array.isArray(o.languages) || o.languages.some((l) => typeof l !== 'string' || !/^[a-z]{2,3}$/.test(l))) {
    throw inputError('build', `languages must be a list of ISO 639 codes like ["en", "und"]`, { option: 'languages' });
  }
  return o;
}

/** How many workers a build of `files` files uses: given, or one per `workerThreshold` files up to one per core. */
export function workerCount(o: BuildOptions, files: number, cores = availableParallelism()): number {
  if (o.workers !== undefined) return o.workers;
  return Math.max(1, Math.min(cores, Math.floor(files / o.workerThreshold)));
}
