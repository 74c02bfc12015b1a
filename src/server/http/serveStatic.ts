/**
 * The viewer's files. A request path is decoded, normalised and must stay inside `root` (no `..`, no
 * absolute paths, no NUL, no symlink escape); anything else is a 404, never a file outside the root.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { send, sendError } from './respond';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a URL path inside root, or null when the path is unsafe. Pure (no I/O). */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  const rel = parts.length === 0 ? 'index.html' : parts.join('/');
  const absRoot = resolve(root);
  const full = resolve(absRoot, rel);
  if (full !== absRoot && !full.startsWith(absRoot + sep)) return null;
  return full;
}

export async function serveStatic(res: ServerResponse, root: string, urlPath: string, headOnly: boolean): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  if (file === null) return sendError(res, 404, 'NOT_FOUND', `server: no such file: ${urlPath}`);
  try {
    const realRoot = await realpath(resolve(root));
    const realFile = await realpath(file);
    if (realFile !== realRoot && !realFile.startsWith(realRoot + sep)) throw new Error('outside root');
    const info = await stat(realFile);
    const target = info.isDirectory() ? join(realFile, 'index.html') : realFile;
    const body = await readFile(target);
    const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    if (headOnly) {
      send(res, 200, type, '', { 'Content-Length': String(body.length) });
      return;
    }
    send(res, 200, type, body);
  } catch {
    sendError(res, 404, 'NOT_FOUND', `server: no such file: ${urlPath}`);
  }
}
