import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ioError } from '../model/errors';

const FLUSH_AT = 1 << 20;
/** writeFileAtomicOverlapped asks the disk to catch up (fdatasync) after each this many bytes */
const SYNC_EVERY = 8 << 20;

/** Writes `length` bytes of `bytes` from `offset` at the file's position; resolves to the bytes written (fs.write). */
export type WriteBytes = (fd: number, bytes: Uint8Array, offset: number, length: number) => Promise<number>;

const writeBytes: WriteBytes = (fd, bytes, offset, length) =>
  new Promise((resolve, reject) => fs.write(fd, bytes, offset, length, null, (e, written) => (e ? reject(e) : resolve(written))));

/** Temp files started by this process: two saves of one target at once never share one. */
let started = 0;

/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one, never a
 * mix: the text goes to a temp file in the same directory (same file system, so rename is atomic),
 * which is fsynced, then renamed over the target; the directory is fsynced too. On an error the temp
 * file is removed and the target is untouched. A process killed in the middle (kill -9) leaves the
 * old target intact and, at worst, a stray `.<name>.<pid>.<n>.tmp` file beside it.
 */
export function writeFileAtomic(target: string, chunks: Iterable<string>, where: string): void {
  const temp = openTemp(target, where);
  try {
    for (const block of encodedBlocks(chunks)) writeAll(temp.fd, block);
    fs.fsyncSync(temp.fd);
  } catch (e) {
    throw temp.fail(e);
  }
  temp.commit();
}

/**
 * writeFileAtomic for large files: the same temp file, fsync and rename, but each megabyte is written
 * by libuv's thread pool while the next one is encoded, so the chunks are produced (on this thread)
 * and written (on another core) at the same time. Resolves once the target is renamed into place.
 * `write` is fs.write unless a test puts a failing one in its place.
 */
export async function writeFileAtomicOverlapped(target: string, chunks: Iterable<string>, where: string, write: WriteBytes = writeBytes): Promise<void> {
  const temp = openTemp(target, where);
  // the next block is encoded while the previous one is written; writes stay in order
  let writing: Promise<void> = Promise.resolve();
  // every SYNC_EVERY bytes the written data is flushed while the rest is produced, so the final fsync
  // has only the tail left to wait for (one flush at a time; its error is the save's, reported below)
  let syncing: Promise<unknown> = Promise.resolve();
  let syncFailed = false;
  let unsynced = 0;
  try {
    for (const block of encodedBlocks(chunks)) {
      await writing;
      if (syncFailed) break; // the flush's error is thrown below: no need to write the rest first
      writing = writeAllAsync(temp.fd, block, write);
      unsynced += block.length;
      if (unsynced >= SYNC_EVERY) {
        unsynced = 0;
        const written = writing;
        syncing = syncing.then(async () => {
          await written;
          await promisify(fs.fdatasync)(temp.fd);
        });
        // awaited below; meanwhile no unhandled rejection, and the loop stops
        syncing.catch(() => {
          syncFailed = true;
        });
      }
    }
    await writing;
    await syncing;
    await promisify(fs.fsync)(temp.fd);
  } catch (e) {
    // a chunk that threw (or a failed write or flush) leaves nothing in flight on the descriptor closed below
    await writing.catch(() => undefined);
    await syncing.catch(() => undefined);
    throw temp.fail(e);
  }
  temp.commit();
}

interface TempFile {
  fd: number;
  /** closes and removes the temp file; returns the error to throw (a file system error as IO naming the target) */
  fail(e: unknown): unknown;
  /** closes the written temp file, renames it over the target and fsyncs the directory (on an error: fail's, thrown) */
  commit(): void;
}

/** A temp file of its own beside the target (its directory created if missing), open for writing. */
function openTemp(target: string, where: string): TempFile {
  const dir = path.dirname(path.resolve(target));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw ioError(where, `${target}: cannot create directory ${dir} (${(e as Error).message})`);
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++started}.tmp`);
  let fd: number | undefined;
  const fail = (e: unknown): unknown => {
    // best effort: the error to report is e, whatever closing or removing the temp file does
    const open = fd;
    fd = undefined;
    try {
      if (open !== undefined) fs.closeSync(open);
    } catch {
      // a descriptor whose close failed is released all the same (close(2)); never close it twice
    }
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // a temp file that cannot be removed is left beside the target, as after kill -9
    }
    if (e instanceof Error && 'code' in e && typeof (e as NodeJS.ErrnoException).code === 'string') {
      return ioError(where, `${target}: cannot write (${e.message})`);
    }
    return e;
  };
  try {
    fd = fs.openSync(temp, 'w', 0o644);
  } catch (e) {
    throw fail(e);
  }
  const opened = fd;
  return {
    fd: opened,
    fail,
    commit: () => {
      try {
        fd = undefined; // closed below even if close throws: fail must not close it again
        fs.closeSync(opened);
        fs.renameSync(temp, target);
      } catch (e) {
        throw fail(e);
      }
      syncDirectory(dir);
    },
  };
}

/**
 * The chunks encoded as UTF-8 into two reused 1 MB buffers, taken in turn, as blocks to write (a
 * chunk larger than a buffer is a block of its own): no joined strings and no Buffer per flush, so
 * saving a large store makes little garbage (they showed up as hundreds of MB of peak RSS on a
 * 10k-article build). A buffer is filled again two blocks after it was handed out: the caller must
 * have finished writing a block before it asks for the block after the next.
 */
function* encodedBlocks(chunks: Iterable<string>): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(FLUSH_AT);
  let spare = Buffer.allocUnsafe(FLUSH_AT);
  let used = 0;
  for (const chunk of chunks) {
    // a UTF-16 code unit is at most 3 bytes of UTF-8: when that fits, no need to measure the chunk first
    if (chunk.length * 3 <= buffer.length - used) {
      used += buffer.write(chunk, used, 'utf8');
      continue;
    }
    const bytes = Buffer.byteLength(chunk, 'utf8');
    if (used + bytes > buffer.length && used > 0) {
      yield buffer.subarray(0, used);
      [buffer, spare] = [spare, buffer];
      used = 0;
    }
    if (bytes > buffer.length) yield Buffer.from(chunk, 'utf8');
    else used += buffer.write(chunk, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}

function writeAll(fd: number, block: Uint8Array): void {
  let offset = 0;
  while (offset < block.length) offset += fs.writeSync(fd, block, offset, block.length - offset);
}

async function writeAllAsync(fd: number, block: Uint8Array, write: WriteBytes): Promise<void> {
  let offset = 0;
  while (offset < block.length) offset += await write(fd, block, offset, block.length - offset);
}

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // some file systems do not allow fsync on a directory; the rename is still atomic there
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
