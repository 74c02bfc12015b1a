import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { compareStrings } from '../model/compareStrings';
import type { IngestProblem } from '../model/types';
import { DEFAULT_INGEST_OPTIONS } from './options';

/**
 * Paths (files and directories, searched recursively) -> the article files in them, sorted by path
 * (code-point order, so every machine gives the same order), each once. Hidden entries (".git",
 * ".DS_Store") are skipped. A path that cannot be read, a file given by name with an extension we do not
 * read, and a directory with no article files are problems (one line each), not exceptions.
 * Paths keep the form they were given in (relative stays relative).
 */
export async function collectFiles(
  paths: string[],
  extensions: readonly string[] = DEFAULT_INGEST_OPTIONS.extensions,
): Promise<{ files: string[]; problems: IngestProblem[] }> {
  const accepted = new Set(extensions.map((e) => e.toLowerCase()));
  const files: string[] = [];
  const problems: IngestProblem[] = [];
  const seenReal = new Set<string>();
  const isArticle = (p: string) => accepted.has(nodePath.extname(p).toLowerCase());

  const realPath = (p: string) => fs.realpath(p).catch(() => nodePath.resolve(p));

  // `realDir` is the directory's real path: a file entry that is not a symbolic link is realDir/name,
  // so only links cost a realpath (one per file was most of collecting 10k files)
  const walk = async (dir: string, realDir: string, visited: Set<string>): Promise<number> => {
    let count = 0;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, reason: `cannot read directory (${errorCode(e)})` });
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = nodePath.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (e) {
          problems.push({ path: full, reason: `cannot read (${errorCode(e)})` });
          continue;
        }
      }
      if (isDir) {
        const real = entry.isSymbolicLink() ? await realPath(full) : nodePath.join(realDir, entry.name);
        if (visited.has(real)) continue; // a symlink loop
        count += await walk(full, real, new Set([...visited, real]));
      } else if (isFile && isArticle(full)) {
        if (addFile(full, entry.isSymbolicLink() ? await realPath(full) : nodePath.join(realDir, entry.name))) count++;
      }
    }
    return count;
  };

  const addFile = (p: string, real: string): boolean => {
    if (seenReal.has(real)) return false;
    seenReal.add(real);
    files.push(p);
    return true;
  };

  for (const p of paths) {
    let st: import('node:fs').Stats;
    try {
      st = await fs.stat(p);
    } catch (e) {
      problems.push({ path: p, reason: `cannot read (${errorCode(e)})` });
      continue;
    }
    if (st.isDirectory()) {
      const real = await realPath(p);
      const before = problems.length;
      const n = await walk(p, real, new Set([real]));
      if (n === 0 && problems.length === before) {
        problems.push({ path: p, reason: `no article files (${[...accepted].join(' ')}) in this directory` });
      }
    } else if (st.isFile()) {
      if (!isArticle(p)) {
        problems.push({ path: p, reason: `not an article file (accepted: ${[...accepted].join(' ')})` });
        continue;
      }
      addFile(p, await realPath(p));
    } else {
      problems.push({ path: p, reason: 'not a regular file or directory' });
    }
  }
  files.sort(compareStrings);
  return { files, problems };
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code ?? String(e);
}
export { errorCode as describeFsError };
