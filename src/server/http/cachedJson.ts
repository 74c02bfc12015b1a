/**
 * A JSON body served many times (the viewer graph): UTF-8 bytes, a gzip copy and an ETag computed once,
 * then each request gets a 304 when its If-None-Match still matches, the gzip copy when it accepts gzip,
 * the plain bytes otherwise. `Cache-Control: no-cache` lets the browser keep the body but ask every time,
 * so a graph changed by a write query is never shown stale.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from './respond';

export interface CachedJson {
  body: Buffer;
  /** null when compression would not pay (small bodies) */
  gzip: Buffer | null;
  etag: string;
}

/** below this many bytes the body is sent as it is */
export const GZIP_FROM_BYTES = 1024;

export function cacheJson(json: string): CachedJson {
  const body = Buffer.from(json, 'utf8');
  // level 6 is gzip's default: 5 MB of viewer JSON in about 0.1 s, about a seventh of the bytes
  const gzip = body.length >= GZIP_FROM_BYTES ? gzipSync(body, { level: 6, memLevel: constants.Z_DEFAULT_MEMLEVEL }) : null;
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, gzip, etag };
}

/** whether an Accept-Encoding header allows gzip (q=0 refuses it) */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of value.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** whether If-None-Match names this ETag (or is `*`) */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

export function sendCachedJson(req: IncomingMessage, res: ServerResponse, cached: CachedJson): void {
  const common = { ...SECURITY_HEADERS, ETag: cached.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (etagMatches(req.headers['if-none-match'], cached.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const gzip = cached.gzip !== null && acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? cached.gzip! : cached.body;
  res.writeHead(200, {
    ...common,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
