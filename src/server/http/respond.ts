/**
 * Responses: JSON bodies, JSON errors with stable codes, and the security headers every response carries.
 */
import type { ServerResponse } from 'node:http';
import { isNewsgraphError } from '../../model/errors';
import { CypherError } from '../../cypher/values/types';
import { caretExcerpt } from '../query/caretExcerpt';

/**
 * No inline script or style anywhere; the FA2 worker is built from a Blob URL (worker-src blob:);
 * exported images are Blob/data URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** server-level error codes beyond the NewsgraphError taxonomy */
export type ServerErrorCode = 'WRITE_FORBIDDEN' | 'METHOD_NOT_ALLOWED' | 'BAD_REQUEST' | 'INTERNAL';

export function sendError(res: ServerResponse, status: number, code: string, message: string, details?: Record<string, unknown>): void {
  sendJson(res, status, { error: details ? { code, message, details } : { code, message } });
}

const STATUS_BY_CODE: Record<string, number> = {
  INPUT: 400,
  FORMAT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT: 422,
  IO: 500,
  CYPHER: 400,
  UNSUPPORTED: 501,
};

/** Any thrown value -> a JSON error. Cypher errors carry class, detail, position and the caret excerpt. */
export function sendThrown(res: ServerResponse, e: unknown, query?: string): void {
  if (e instanceof CypherError && e.detail === 'LIMIT') {
    sendError(res, 422, 'LIMIT', e.message, { limit: (e as { limit?: string }).limit ?? null });
    return;
  }
  if (e instanceof CypherError) {
    const details: Record<string, unknown> = { cypherClass: e.cypherClass, detail: e.detail, neo4jCode: e.code, phase: e.phase };
    if (e.line !== undefined && e.column !== undefined) {
      details.line = e.line;
      details.column = e.column;
      if (query !== undefined) details.excerpt = caretExcerpt(query, e.line, e.column);
    }
    sendError(res, 400, 'CYPHER', e.message, details);
    return;
  }
  if (isNewsgraphError(e)) {
    const details = { ...e.details };
    sendError(res, STATUS_BY_CODE[e.code] ?? 500, e.code, e.message, Object.keys(details).length ? details : undefined);
    return;
  }
  sendError(res, 500, 'INTERNAL', `server: ${(e as Error)?.message ?? String(e)}`);
}
