import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSmallFile } from './processFile';

/** what processFile did before readSmallFile: stat the path, then read it */
function statThenRead(file: string, maxBytes: number | undefined): Uint8Array | number {
  const size = fs.statSync(file).size;
  if (maxBytes !== undefined && size > maxBytes) return size;
  return fs.readFileSync(file);
}

function outcome(read: () => Uint8Array | number): string {
  try {
    const r = read();
    return typeof r === 'number' ? `size ${r}` : `bytes ${Buffer.from(r).toString('hex')}`;
  } catch (e) {
    return `error ${(e as NodeJS.ErrnoException).code}`;
  }
}

describe('pipeline/processFile: readSmallFile', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-read-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Putin visited Mongolia.\n');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 255, 10, 200]));
    fs.mkdirSync(path.join(dir, 'sub.txt'));
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link.txt'));
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // [file, maxBytes, expected outcome]
  const cases: [string, number | undefined, string][] = [
    ['a.txt', undefined, `bytes ${Buffer.from('Putin visited Mongolia.\n').toString('hex')}`],
    ['a.txt', 24, `bytes ${Buffer.from('Putin visited Mongolia.\n').toString('hex')}`],
    ['a.txt', 23, 'size 24'],
    ['a.txt', 0, 'size 24'],
    ['empty.txt', 0, 'bytes '],
    ['bin.txt', 100, 'bytes 00ff0ac8'],
    ['link.txt', 10, 'size 24'],
    ['link.txt', undefined, `bytes ${Buffer.from('Putin visited Mongolia.\n').toString('hex')}`],
    ['missing.txt', 100, 'error ENOENT'],
    ['dangling.txt', 100, 'error ENOENT'],
    ['sub.txt', undefined, 'error EISDIR'],
    ['a.txt/x', 100, 'error ENOTDIR'],
  ];
  for (const [file, max, want] of cases) {
    it(`${file} (max ${max}): ${want}, as stat-then-read gives`, () => {
      const p = path.join(dir, file);
      expect(outcome(() => readSmallFile(p, max))).to.equal(want);
      expect(outcome(() => statThenRead(p, max))).to.equal(want);
    });
  }
  it('a directory under a small limit: the same outcome (its size depends on the file system)', () => {
    const p = path.join(dir, 'sub.txt');
    expect(outcome(() => readSmallFile(p, 1))).to.equal(outcome(() => statThenRead(p, 1))).and.to.match(/^size \d+$/);
  });
});
