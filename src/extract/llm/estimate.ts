/**
 * Token and time estimates before sending articles to a model: about 4 characters per token for the
 * article, plus the fixed prompt (system message and JSON wrapping), plus the reply (assumed to be
 * half the article's tokens, capped by maxReplyTokens). Rough on purpose: it is for a budget and a
 * warning, not for billing.
 */
import type { ArticleDoc } from '../../model/types';
import { SYSTEM_PROMPT } from './prompt';

export const CHARS_PER_TOKEN = 4;
/** the system prompt and the user message's JSON wrapping, in tokens */
export const PROMPT_OVERHEAD_TOKENS = Math.ceil((SYSTEM_PROMPT.length + 160) / CHARS_PER_TOKEN);

export function estimateArticleTokens(doc: Pick<ArticleDoc, 'text'>, maxReplyTokens: number): number {
  const input = Math.ceil(doc.text.length / CHARS_PER_TOKEN);
  return PROMPT_OVERHEAD_TOKENS + input + Math.min(maxReplyTokens, Math.ceil(input / 2));
}

export interface RunEstimate {
  articles: number;
  tokens: number;
  seconds: number;
}

/** Estimate for the articles that need a request. Time counts every token at `tokensPerSecond`. */
export function estimateRun(docs: readonly Pick<ArticleDoc, 'text'>[], maxReplyTokens: number, tokensPerSecond: number): RunEstimate {
  const tokens = docs.reduce((n, d) => n + estimateArticleTokens(d, maxReplyTokens), 0);
  return { articles: docs.length, tokens, seconds: Math.ceil(tokens / tokensPerSecond) };
}

export function formatEstimate(e: RunEstimate, cached: number, maxTokens?: number): string {
  const time = e.seconds >= 3600 ? `${(e.seconds / 3600).toFixed(1)} h` : e.seconds >= 60 ? `${Math.round(e.seconds / 60)} min` : `${e.seconds} s`;
  const budget = maxTokens !== undefined ? `; budget --max-tokens ${maxTokens}` : '';
  return `llm: ${e.articles} articles to send (${cached} cached), about ${e.tokens.toLocaleString('en-US')} tokens, about ${time}${budget}`;
}
