import * as fs from 'node:fs';
import * as path from 'node:path';
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
  const dir = path.dirname(path.resolve(target));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw ioError(where, `${target}: cannot create directory ${dir} (${(e as Error).message})`);
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'w', 0o644);
    let buffer: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      buffer.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_AT) {
        writeAll(fd, buffer.join(''));
        buffer = [];
        size = 0;
      }
    }
    if (size > 0) writeAll(fd, buffer.join(''));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    if (e instanceof Error && 'code' in e && typeof (e as NodeJS.ErrnoException).code === 'string') {
      throw ioError(where, `${target}: cannot write (${e.message})`);
    }
    throw e;
  }
  syncDirectory(dir);
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
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
