import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prefetchFiles } from './prefetchFiles';

/** resolves with 'ended' when `p` settles within `ms`, else with 'running' */
function within(p: Promise<void>, ms: number): Promise<'ended' | 'running'> {
  return Promise.race([p.then(() => 'ended' as const), new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), ms))]);
}

describe('pipeline: prefetchFiles (the read-ahead thread)', () => {
  let dir: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-prefetch-'));
    files = [];
    for (let i = 0; i < 20; i++) {
      const f = path.join(dir, `a${i}.txt`);
      fs.writeFileSync(f, `Article ${i}. `.repeat(50));
      files.push(f);
    }
    // what a build may meet between collecting and reading: a file gone, a directory, a file it may not read
    files.splice(5, 0, path.join(dir, 'gone.txt'), dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // ahead: 10 takes the read-ahead past the missing path and the directory (indexes 5 and 6)
  const cases: [string, (taken: Int32Array) => void, 'ended' | 'running'][] = [
    ['ends on its own once every file is taken', (taken) => Atomics.store(taken, 0, files.length), 'ended'],
    ['ends when the last file is taken later', (taken) => setTimeout(() => Atomics.store(taken, 0, files.length), 50), 'ended'],
    ['reads past a missing path and a directory, then waits while no thread takes a file', () => undefined, 'running'],
  ];
  for (const [name, drive, expected] of cases) {
    it(name, async () => {
      const shared = new SharedArrayBuffer(4);
      const p = prefetchFiles(files, shared, { ahead: 10, bytes: 64, pollMs: 2 });
      drive(new Int32Array(shared));
      try {
        expect(await within(p.finished, expected === 'ended' ? 2000 : 300)).to.equal(expected);
      } finally {
        p.stop();
      }
      expect(await within(p.finished, 2000)).to.equal('ended');
    });
  }
});
