import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
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
    // what a build may meet between collecting and reading: a file gone, a directory, a FIFO (opening it
    // for reading would wait for a writer)
    const fifo = path.join(dir, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    files.splice(5, 0, path.join(dir, 'gone.txt'), dir, fifo);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // ahead: 10 takes the read-ahead past the missing path, the directory and the FIFO (indexes 5 to 7)
  const cases: [string, (taken: Int32Array) => void, 'ended' | 'running', number][] = [
    ['ends on its own once every file is taken', (taken) => Atomics.store(taken, 0, files.length), 'ended', 0],
    ['ends when the last file is taken later', (taken) => setTimeout(() => Atomics.store(taken, 0, files.length), 50), 'ended', 0],
    ['reads past a missing path, a directory and a FIFO, then waits ahead of a thread that takes no file', () => undefined, 'running', 10],
  ];
  for (const [name, drive, expected, readTo] of cases) {
    it(name, async () => {
      // [0]: the next file a thread takes; [1]: the next file the read-ahead reads
      const shared = new SharedArrayBuffer(8);
      const p = prefetchFiles(files, shared, { ahead: 10, bytes: 64, pollMs: 2 });
      drive(new Int32Array(shared));
      try {
        expect(await within(p.finished, expected === 'ended' ? 2000 : 300)).to.equal(expected);
        if (readTo) expect(Atomics.load(new Int32Array(shared), 1)).to.equal(readTo);
      } finally {
        p.stop();
      }
      expect(await within(p.finished, 2000)).to.equal('ended');
    });
  }
});
