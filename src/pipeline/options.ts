import { availableParallelism } from 'node:os';
import { inputError } from '../model';

/** buildGraph options (interface + DEFAULTS + validate). */
export interface BuildOptions {
  /** worker threads for ingest + extract; undefined: all cores when there are at least `workerThreshold` files, else 1 */
  workers?: number;
  /** the file count from which an automatic build uses worker threads */
  workerThreshold: number;
}

export const DEFAULT_BUILD_OPTIONS: Readonly<BuildOptions> = Object.freeze({ workers: undefined, workerThreshold: 200 });

export function validateBuildOptions(partial: Partial<BuildOptions> = {}): BuildOptions {
  const o: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...partial };
  if (o.workers !== undefined && (!Number.isInteger(o.workers) || o.workers < 1 || o.workers > 256)) {
    throw inputError('build', `workers must be an integer from 1 to 256, got ${String(o.workers)}`, { option: 'workers' });
  }
  if (!Number.isInteger(o.workerThreshold) || o.workerThreshold < 1) {
    throw inputError('build', `workerThreshold must be a positive integer, got ${String(o.workerThreshold)}`, { option: 'workerThreshold' });
  }
  return o;
}

/** How many workers a build of `files` files uses. */
export function workerCount(o: BuildOptions, files: number): number {
  if (o.workers !== undefined) return o.workers;
  return files >= o.workerThreshold ? Math.max(1, availableParallelism()) : 1;
}
