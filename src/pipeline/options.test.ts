import { expect } from 'chai';
import { validateBuildOptions, workerCount } from './options';

describe('pipeline/options: workerCount', () => {
  // [files, cores, options, workers]: one thread per workerThreshold (default 1,000) files, at most one per core
  const cases: [number, number, Parameters<typeof validateBuildOptions>[0], number][] = [
    [0, 2, {}, 1],
    [36, 2, {}, 1],
    [999, 2, {}, 1],
    [1000, 2, {}, 1],
    [1999, 2, {}, 1],
    [2000, 2, {}, 2],
    [10000, 2, {}, 2],
    [10000, 8, {}, 8],
    [5000, 8, {}, 5],
    [3000, 1, {}, 1],
    [10, 4, { workerThreshold: 2 }, 4],
    [5, 4, { workerThreshold: 2 }, 2],
    [10000, 2, { workers: 1 }, 1],
    [10, 2, { workers: 3 }, 3],
  ];
  for (const [files, cores, options, want] of cases) {
    it(`${files} files, ${cores} cores, ${JSON.stringify(options)}: ${want}`, () => expect(workerCount(validateBuildOptions(options), files, cores)).to.equal(want));
  }
  it('the default is 1,000 files per worker thread', () => expect(validateBuildOptions({}).workerThreshold).to.equal(1000));
});
