import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NewsgraphError } from '../model';
import { writeFileAtomic, writeFileAtomicOverlapped, type WriteBytes } from '.';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-files-'));
}

/** A save that failed: one IO error naming the target and `what` failed, the old file kept, no temp file beside it. */
function expectFailedSave(error: unknown, file: string, what: string): void {
  expect(error).to.be.instanceOf(NewsgraphError);
  expect((error as NewsgraphError).code).to.equal('IO');
  expect((error as Error).message).to.include(file).and.include(what);
  expect(fs.readFileSync(file, 'utf8')).to.equal('old');
  expect(fs.readdirSync(path.dirname(file))).to.deep.equal([path.basename(file)]);
}

describe('files writeFileAtomic (and the overlapped writer saveBatch uses)', () => {
  const writers: [string, (file: string, chunks: Iterable<string>) => Promise<void>][] = [
    ['writeFileAtomic', async (file, chunks) => writeFileAtomic(file, chunks, 'test')],
    ['writeFileAtomicOverlapped', (file, chunks) => writeFileAtomicOverlapped(file, chunks, 'test')],
  ];
  for (const [name, write] of writers) {
    it(`${name} writes small, multi-byte and oversized chunks across buffer flushes exactly`, async () => {
      const chunks: string[] = [];
      for (let i = 0; i < 40000; i++) chunks.push(`${i}:é😀€\n`);
      chunks.push('y'.repeat(3 << 20), 'tail ✓');
      for (let i = 0; i < 300000; i++) chunks.push(`${i},`);
      const file = path.join(tempDir(), 'out.txt');
      await write(file, chunks);
      expect(fs.readFileSync(file, 'utf8')).to.equal(chunks.join(''));
    });

    it(`${name}: a write that fails midway leaves the old file and no temp file`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'graph.json');
      fs.writeFileSync(file, 'old');
      function* failing() {
        yield 'x'.repeat(2 << 20);
        for (let i = 0; i < 100000; i++) yield 'abcdefghij';
        throw new Error('boom');
      }
      let error: unknown;
      await write(file, failing()).catch((e) => (error = e));
      expect((error as Error).message).to.equal('boom');
      expect(fs.readFileSync(file, 'utf8')).to.equal('old');
      expect(fs.readdirSync(dir)).to.deep.equal(['graph.json']);
    });

    it(`${name}: two saves of one target at once each write a whole file of their own`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'graph.json');
      const big = (c: string) => Array.from({ length: 3000 }, (_, i) => `${c}${i}`.padEnd(1000, c));
      await Promise.all([write(file, big('a')), write(file, big('b'))]);
      expect([big('a').join(''), big('b').join('')]).to.include(fs.readFileSync(file, 'utf8'));
      expect(fs.readdirSync(dir)).to.deep.equal(['graph.json']);
    });

    it(`${name}: an unwritable target is one IO error naming it`, async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'file'), '');
      const target = path.join(dir, 'file', 'graph.json');
      let error: unknown;
      await write(target, ['x']).catch((e) => (error = e));
      expect(error).to.be.instanceOf(NewsgraphError);
      expect((error as NewsgraphError).code).to.equal('IO');
      expect((error as Error).message).to.include(target);
    });
  }
});

describe('files writeFileAtomicOverlapped: a write that fails', () => {
  it('keeps the old file, leaves no temp file and is one IO error naming the target', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'graph.json');
    fs.writeFileSync(file, 'old');
    let calls = 0;
    const failing: WriteBytes = (fd, bytes, offset, length) => {
      if (++calls === 2) return Promise.reject(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
      return new Promise((resolve, reject) => fs.write(fd, bytes, offset, length, null, (e, n) => (e ? reject(e) : resolve(n))));
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    let error: unknown;
    try {
      await writeFileAtomicOverlapped(file, Array.from({ length: 5000 }, (_, i) => `${i}`.padEnd(1000, 'x')), 'store', failing).catch((e) => (error = e));
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(calls).to.be.greaterThan(1);
    expectFailedSave(error, file, 'EIO');
    expect(unhandled).to.deep.equal([]);
  });
});

describe('files writeFileAtomicOverlapped: flushes on the way (fdatasync every 8 MB)', () => {
  const fsMutable = require('node:fs') as Record<string, (...args: unknown[]) => unknown>;
  const big = () => Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(1 << 19)}`); // ~20 MB in 40 chunks

  it('writes a file of several flushes whole', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'graph.json');
    let flushes = 0;
    const real = fsMutable.fdatasync;
    fsMutable.fdatasync = (...args: unknown[]) => {
      flushes++;
      return real.apply(fsMutable, args);
    };
    try {
      await writeFileAtomicOverlapped(file, big(), 'test');
    } finally {
      fsMutable.fdatasync = real;
    }
    expect(flushes).to.equal(2);
    expect(fs.readFileSync(file, 'utf8')).to.equal(big().join(''));
    expect(fs.readdirSync(dir)).to.deep.equal(['graph.json']);
  });

  it('a failing flush on the way is one IO error naming the target, keeps the old file and leaves no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'graph.json');
    fs.writeFileSync(file, 'old');
    const real = fsMutable.fdatasync;
    fsMutable.fdatasync = (...args: unknown[]) => (args[args.length - 1] as (e: Error) => void)(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    let error: unknown;
    let produced = 0;
    const counted = function* () {
      for (const chunk of big()) {
        produced++;
        yield chunk;
      }
    };
    try {
      await writeFileAtomicOverlapped(file, counted(), 'test').catch((e) => (error = e));
    } finally {
      fsMutable.fdatasync = real;
    }
    // the save stops soon after the flush fails (at 8 MB), not after all 40 chunks
    expect(produced).to.be.lessThan(30);
    expectFailedSave(error, file, 'fdatasync');
  });
});

describe('files writeFileAtomic: close, fsync or rename failing', () => {
  const writers: [string, (file: string, chunks: Iterable<string>) => Promise<void>][] = [
    ['writeFileAtomic', async (file, chunks) => writeFileAtomic(file, chunks, 'test')],
    ['writeFileAtomicOverlapped', (file, chunks) => writeFileAtomicOverlapped(file, chunks, 'test')],
  ];
  // the module object itself (the import above is a namespace of getters over it)
  const fsMutable = require('node:fs') as Record<string, (...args: unknown[]) => unknown>;
  const eio = (call: string) => Object.assign(new Error(`EIO: i/o error, ${call}`), { code: 'EIO' });
  // each replacement fails after doing the real work where close(2) would (the descriptor is released)
  const failures: [string, string, (real: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown][] = [
    ['close', 'closeSync', (real) => (...args) => {
      real(...args);
      throw eio('close');
    }],
    ['fsync', 'fsyncSync', () => () => {
      throw eio('fsync');
    }],
    ['fsync', 'fsync', () => (...args) => (args[args.length - 1] as (e: Error) => void)(eio('fsync'))],
    ['rename', 'renameSync', () => () => {
      throw eio('rename');
    }],
  ];
  for (const [name, write] of writers) {
    for (const [what, fn, make] of failures) {
      if ((name === 'writeFileAtomic' && fn === 'fsync') || (name === 'writeFileAtomicOverlapped' && fn === 'fsyncSync')) continue;
      it(`${name}: a failing ${what} is one IO error naming the target, keeps the old file and leaves no temp file`, async () => {
        const dir = tempDir();
        const file = path.join(dir, 'graph.json');
        fs.writeFileSync(file, 'old');
        const real = fsMutable[fn];
        fsMutable[fn] = make(real.bind(fsMutable));
        let error: unknown;
        try {
          await write(file, ['new']).catch((e) => (error = e));
        } finally {
          fsMutable[fn] = real;
        }
        expectFailedSave(error, file, what);
      });
    }
  }
});
