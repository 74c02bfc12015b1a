/**
 * Options of the LLM extractor (interface + DEFAULTS + validate). The API key is not an option: it is
 * read from the environment (NEWSGRAPH_LLM_KEY) by the caller and never printed.
 */
import { inputError } from '../../model/errors';

export interface LlmOptions {
  // --- server
  /** base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 (…/chat/completions is appended) */
  url: string;
  /** model name as the server knows it */
  model: string;
  /** bearer token (from NEWSGRAPH_LLM_KEY); never logged */
  apiKey?: string;
  /** per-request timeout */
  timeoutMs: number;
  /** retries after a 429, a 5xx or a dropped connection (so at most retries + 1 requests per article) */
  retries: number;
  /** first backoff delay; doubles on each retry (a Retry-After header wins, capped at maxRetryDelayMs) */
  retryDelayMs: number;
  maxRetryDelayMs: number;
  /** 'schema': response_format json_schema (falls back to 'none' once if the server rejects it); 'none': the prompt only */
  responseFormat: 'schema' | 'none';
  /** cap on the reply length (max_tokens of the request) */
  maxReplyTokens: number;
  temperature: number;
  // --- cache
  /** directory of cached replies; '' disables the cache */
  cacheDir: string;
  // --- budget and estimate
  /** stop sending new articles once the estimated tokens spent would exceed this (undefined: no budget) */
  maxTokens?: number;
  /** assumed generation speed, for the time estimate */
  tokensPerSecond: number;
  /** print the estimate when at least this many articles need a request */
  announceFrom: number;
  // --- output
  /** confidence given to every LLM fact and event (the model's own scores are not trusted) */
  confidence: number;
}

export const DEFAULT_LLM_OPTIONS: Readonly<Omit<LlmOptions, 'url' | 'model'>> = Object.freeze({
  apiKey: undefined,
  timeoutMs: 120_000,
  retries: 3,
  retryDelayMs: 1000,
  maxRetryDelayMs: 30_000,
  responseFormat: 'schema' as const,
  maxReplyTokens: 4096,
  temperature: 0,
  cacheDir: '.newsgraph-cache/llm',
  maxTokens: undefined,
  tokensPerSecond: 30,
  announceFrom: 10,
  confidence: 0.6,
});

const where = 'extract.llm';

export function validateLlmOptions(partial: Partial<LlmOptions>): LlmOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const o = { ...DEFAULT_LLM_OPTIONS, ...defined } as LlmOptions;
  const bad = (option: string, what: string) => inputError(where, `${option} ${what}`, { option });
  if (typeof o.url !== 'string' || !/^https?:\/\/[^\s/]+/.test(o.url)) throw bad('llm-url', `must be an http(s) URL like http://127.0.0.1:11434/v1, got ${JSON.stringify(String(o.url).replace(/\/\/[^/@]*@/, '//').replace(/\?.*$/, ''))}`);
  if (typeof o.model !== 'string' || !o.model.trim()) throw bad('llm-model', 'must name a model');
  const int = (name: keyof LlmOptions, min: number) => {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw bad(name, `must be an integer >= ${min}, got ${String(v)}`);
  };
  int('timeoutMs', 1);
  int('retries', 0);
  int('retryDelayMs', 0);
  int('maxRetryDelayMs', 0);
  int('maxReplyTokens', 1);
  int('announceFrom', 0);
  if (o.maxTokens !== undefined) int('maxTokens', 1);
  if (!(o.tokensPerSecond > 0)) throw bad('tokensPerSecond', `must be a positive number, got ${String(o.tokensPerSecond)}`);
  if (!(o.temperature >= 0 && o.temperature <= 2)) throw bad('temperature', `must be in [0, 2], got ${String(o.temperature)}`);
  if (!(o.confidence > 0 && o.confidence < 1)) throw bad('confidence', `must be strictly between 0 and 1, got ${String(o.confidence)}`);
  if (o.responseFormat !== 'schema' && o.responseFormat !== 'none') throw bad('responseFormat', `must be "schema" or "none"`);
  if (typeof o.cacheDir !== 'string') throw bad('cacheDir', 'must be a directory path');
  return o;
}
