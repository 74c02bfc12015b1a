/**
 * The server's HTTP API as typed functions. A failed fetch (server gone) becomes an ApiError with code
 * UNREACHABLE; a JSON error from the server keeps its code, message and details.
 */
import type { ArticleJson, ViewerGraph } from '../../src/server/viewerTypes';
import type { QueryResult } from './state/queryResult';

export class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details: Record<string, unknown> = {},
    public readonly status = 0,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError('UNREACHABLE', 'The newsgraph server cannot be reached. Is `newsgraph serve` still running?');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError('BAD_RESPONSE', `The server answered ${res.status} without JSON.`, {}, res.status);
  }
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; details?: Record<string, unknown> } }).error ?? {};
    throw new ApiError(e.code ?? 'HTTP_' + res.status, e.message ?? `HTTP ${res.status}`, e.details ?? {}, res.status);
  }
  return body as T;
}

export const fetchGraph = () => request<ViewerGraph>('/api/graph');
export const fetchArticle = (id: string) => request<ArticleJson>('/api/articles/' + encodeURIComponent(id));
export const runQuery = (query: string, params: Record<string, unknown> = {}) =>
  request<QueryResult>('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
