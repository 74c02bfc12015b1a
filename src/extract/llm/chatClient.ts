/**
 * A minimal client for OpenAI-compatible chat completions (Ollama, llama.cpp server, vLLM, OpenAI):
 * POST {url}/chat/completions with global fetch, a timeout per request, retries with exponential
 * backoff on 429, 5xx and dropped connections, and one-line errors. The API key goes into the
 * Authorization header only; no message, error or log line ever contains it.
 */
import { formatError, inputError, ioError, limitError, NewsgraphError } from '../../model/errors';
import type { ChatMessage } from './prompt';
import { REPLY_SCHEMA } from './prompt';
import type { LlmOptions } from './llmOptions';

export interface ChatReply {
  /** the assistant message's content */
  content: string;
  /** total tokens as the server counted them, when it says */
  totalTokens?: number;
}

export type ClientOptions = Pick<
  LlmOptions,
  'url' | 'model' | 'apiKey' | 'timeoutMs' | 'retries' | 'retryDelayMs' | 'maxRetryDelayMs' | 'responseFormat' | 'maxReplyTokens' | 'temperature'
>;

const where = 'extract.llm';

/** Endpoint for a base URL: http://h:11434/v1 -> http://h:11434/v1/chat/completions (a full endpoint is kept). */
export function completionsUrl(base: string): string {
  const b = base.replace(/\/+$/, '');
  return b.endsWith('/chat/completions') ? b : `${b}/chat/completions`;
}

/** Servers that do not know response_format json_schema, remembered per endpoint for the process. */
const noSchema = new Set<string>();

/** The endpoint as messages show it: no user:password and no query string (either may hold a key). */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').replace(/\?.*$/, '');
  }
}

export async function chatComplete(messages: ChatMessage[], o: ClientOptions): Promise<ChatReply> {
  const url = completionsUrl(o.url);
  const endpoint = shownUrl(url);
  let attempt = 0;
  for (;;) {
    const useSchema = o.responseFormat === 'schema' && !noSchema.has(url);
    const body: Record<string, unknown> = { model: o.model, messages, temperature: o.temperature, max_tokens: o.maxReplyTokens, stream: false };
    if (useSchema) body.response_format = { type: 'json_schema', json_schema: { name: 'newsgraph_extraction', schema: REPLY_SCHEMA } };
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (o.apiKey) headers.authorization = `Bearer ${o.apiKey}`;

    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(o.timeoutMs) });
    } catch (e) {
      const reason = networkReason(e);
      if (reason === 'timeout') throw limitError(where, `${endpoint}: no reply within ${o.timeoutMs} ms`, { kind: 'timeout' });
      if (attempt < o.retries) {
        await sleep(backoff(o, attempt++));
        continue;
      }
      throw ioError(where, `cannot reach ${endpoint} (${reason})`, { kind: 'unreachable' });
    }
    const text = await response.text().catch(() => '');
    if (response.ok) return parseCompletion(text, endpoint);

    const status = response.status;
    if (status === 400 && useSchema && /response_format|json_schema/i.test(text)) {
      noSchema.add(url); // this server has no structured output: the schema stays in the prompt
      continue;
    }
    if ((status === 429 || status >= 500) && attempt < o.retries) {
      await sleep(retryAfter(response, o) ?? backoff(o, attempt));
      attempt++;
      continue;
    }
    throw httpError(status, endpoint, o.model, serverMessage(text));
  }
}

function parseCompletion(text: string, endpoint: string): ChatReply {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw formatError(where, `${endpoint}: the server's response is not JSON (${snippet(text)})`, { kind: 'bad-response' });
  }
  const choice = (json as { choices?: { message?: { content?: unknown } }[] }).choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') throw formatError(where, `${endpoint}: the response has no choices[0].message.content`, { kind: 'bad-response' });
  const total = (json as { usage?: { total_tokens?: unknown } }).usage?.total_tokens;
  return typeof total === 'number' && Number.isFinite(total) ? { content, totalTokens: total } : { content };
}

function httpError(status: number, endpoint: string, model: string, message: string): NewsgraphError {
  const tail = message ? `: ${message}` : '';
  if (status === 401 || status === 403) {
    return inputError(where, `${endpoint} refused the request (HTTP ${status}); check NEWSGRAPH_LLM_KEY${tail}`, { kind: 'unauthorized', status });
  }
  if (status === 404) return inputError(where, `${endpoint} (model "${model}"): not found (HTTP 404)${tail}`, { kind: 'not-found', status });
  if (status === 429) return limitError(where, `${endpoint}: rate limited (HTTP 429) after retries${tail}`, { kind: 'rate-limited', status });
  return ioError(where, `${endpoint}: HTTP ${status}${tail}`, { kind: 'http', status });
}

/** The server's own error message, one line, short (never echoes our request). */
function serverMessage(text: string): string {
  try {
    const j = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const m = typeof j.error === 'string' ? j.error : typeof j.error?.message === 'string' ? j.error.message : typeof j.message === 'string' ? j.message : '';
    if (m) return snippet(m);
  } catch {
    /* not JSON */
  }
  return snippet(text);
}

function snippet(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}

function networkReason(e: unknown): string {
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timeout';
  return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e);
}

function backoff(o: ClientOptions, attempt: number): number {
  return Math.min(o.maxRetryDelayMs, o.retryDelayMs * 2 ** attempt);
}

function retryAfter(response: Response, o: ClientOptions): number | undefined {
  const h = response.headers.get('retry-after');
  if (!h) return undefined;
  const s = Number(h);
  return Number.isFinite(s) && s >= 0 ? Math.min(o.maxRetryDelayMs, s * 1000) : undefined;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
