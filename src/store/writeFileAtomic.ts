import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ioError } from '../model';

const FLUSH_AT = 1 << 20;

/**
 * Writes `chunks` to `target` so that readers see either the old file or the complete new one, never a
 * mix: the text goes to a temp file in the same directory (same file system, so rename is atomic),
 * which is fsynced, then renamed over the target; the directory is fsynced too. On an error the temp
 * file is removed and the target is untouched. A process killed in the middle (kill -9) leaves the
 * old target intact and, at worst, a stray `.<name>.<pid>.tmp` file beside it.
 */
export function writeFileAtomic(target: string, chunks: Iterable<string>, where = 'store'): void {
  const { dir, temp } = tempFileFor(target, where);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'w', 0o644);
    writeChunks(fd, chunks);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (e) {
    throw failed(e, fd, temp, target, where);
  }
  syncDirectory(dir);
}

/**
 * writeFileAtomic for large files: the same temp file, fsync and rename, but each megabyte is written
 * by libuv's thread pool while the next one is encoded, so the chunks are produced (on this thread)
 * and written (on another core) at the same time. Resolves once the target is renamed into place.
 */
export async function writeFileAtomicOverlapped(target: string, chunks: Iterable<string>, where = 'store'): Promise<void> {
  const { dir, temp } = tempFileFor(target, where);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'w', 0o644);
    await writeChunksOverlapped(fd, chunks);
    await promisify(fs.fsync)(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (e) {
    throw failed(e, fd, temp, target, where);
  }
  syncDirectory(dir);
}

/** The target's directory (created if missing) and the temp file beside the target. */
function tempFileFor(target: string, where: string): { dir: string; temp: string } {
  const dir = path.dirname(path.resolve(target));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw ioError(where, `${target}: cannot create directory ${dir} (${(e as Error).message})`);
  }
  return { dir, temp: path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`) };
}

/** After a failed write: the temp file closed and removed; a file system error becomes IO naming the target. */
function failed(e: unknown, fd: number | undefined, temp: string, target: string, where: string): unknown {
  if (fd !== undefined) fs.closeSync(fd);
  fs.rmSync(temp, { force: true });
  if (e instanceof Error && 'code' in e && typeof (e as NodeJS.ErrnoException).code === 'string') {
    return ioError(where, `${target}: cannot write (${e.message})`);
  }
  return e;
}

/**
 * Encodes the chunks into one reused 1 MB buffer and writes it out whenever it is full: no joined
 * strings and no per-flush Buffers, so saving a large store makes little garbage (they showed up as
 * hundreds of MB of peak RSS on a 10k-article build).
 */
function writeChunks(fd: number, chunks: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(FLUSH_AT);
  let used = 0;
  for (const chunk of chunks) {
    // a UTF-16 code unit is at most 3 bytes of UTF-8: when that fits, no need to measure the chunk first
    if (chunk.length * 3 <= buffer.length - used) {
      used += buffer.write(chunk, used, 'utf8');
      continue;
    }
    const bytes = Buffer.byteLength(chunk, 'utf8');
    if (used + bytes > buffer.length) {
      writeAll(fd, buffer, used);
      used = 0;
    }
    if (bytes > buffer.length) {
      const big = Buffer.from(chunk, 'utf8');
      writeAll(fd, big, big.length);
    } else {
      used += buffer.write(chunk, used, 'utf8');
    }
  }
  writeAll(fd, buffer, used);
}

function writeAll(fd: number, bytes: Buffer, length: number): void {
  let offset = 0;
  while (offset < length) offset += fs.writeSync(fd, bytes, offset, length - offset);
}

/**
 * writeChunks with two buffers: while one is written by the thread pool, the chunks are encoded into
 * the other; a buffer is refilled only once its write has finished, and writes happen in order.
 */
async function writeChunksOverlapped(fd: number, chunks: Iterable<string>): Promise<void> {
  let buffer = Buffer.allocUnsafe(FLUSH_AT);
  let spare = Buffer.allocUnsafe(FLUSH_AT);
  let used = 0;
  let writing: Promise<void> = Promise.resolve();
  try {
    for (const chunk of chunks) {
      if (chunk.length * 3 <= buffer.length - used) {
        used += buffer.write(chunk, used, 'utf8');
        continue;
      }
      const bytes = Buffer.byteLength(chunk, 'utf8');
      if (used + bytes > buffer.length) {
        await writing;
        writing = writeAllAsync(fd, buffer, used);
        [buffer, spare] = [spare, buffer];
        used = 0;
      }
      if (bytes > buffer.length) {
        await writing;
        const big = Buffer.from(chunk, 'utf8');
        writing = writeAllAsync(fd, big, big.length);
      } else {
        used += buffer.write(chunk, used, 'utf8');
      }
    }
    await writing;
    await writeAllAsync(fd, buffer, used);
  } finally {
    // a chunk that threw (or a failed write) leaves no write in flight on the descriptor the caller closes
    await writing.catch(() => undefined);
  }
}

async function writeAllAsync(fd: number, bytes: Buffer, length: number): Promise<void> {
  let offset = 0;
  while (offset < length) offset += await writeAsync(fd, bytes, offset, length - offset);
}

function writeAsync(fd: number, bytes: Buffer, offset: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => fs.write(fd, bytes, offset, length, null, (e, written) => (e ? reject(e) : resolve(written))));
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
