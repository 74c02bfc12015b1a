/**
 * One article through the model: the cache first (a hit costs no request), else one chat request;
 * the reply is validated strictly into an Extraction (readReply). Evidence sentences are the given
 * `sentences` (the rules extraction's, so both extractions index the same spans) or splitSentences.
 */
import { isNewsgraphError } from '../../model/errors';
import type { ArticleDoc, Extraction, Span } from '../../model/types';
import { chatComplete } from './chatClient';
import { validateLlmOptions, type LlmOptions } from './llmOptions';
import { buildMessages, PROMPT_VERSION } from './prompt';
import { readReply } from './readReply';
import { cacheKey, ReplyCache } from './replyCache';
import { splitSentences } from './splitSentences';

export type LlmExtractOptions = Partial<LlmOptions> & Pick<LlmOptions, 'url' | 'model'> & {
  /** sentence spans of doc.text to map evidence to (default: splitSentences) */
  sentences?: readonly Span[];
};

export interface LlmArticleResult {
  extraction: Extraction;
  /** true when the reply came from the cache (no request was made) */
  cached: boolean;
  /** tokens the server reported for the request (0 when cached or not reported) */
  tokens: number;
  /** why items of the reply were dropped */
  dropped: string[];
  /** the reply could not be written to the cache (why): it is used all the same, only not kept */
  cacheError?: string;
}

export async function extractArticleWithLlm(doc: ArticleDoc, options: LlmExtractOptions): Promise<Extraction> {
  return (await extractArticleWithLlmDetailed(doc, options)).extraction;
}

export async function extractArticleWithLlmDetailed(doc: ArticleDoc, options: LlmExtractOptions, cache?: ReplyCache): Promise<LlmArticleResult> {
  const o = validateLlmOptions(options);
  const sentences = options.sentences ?? splitSentences(doc.text);
  const store = cache ?? new ReplyCache(o.cacheDir);
  const key = cacheKey(doc, o.model);
  const hit = store.get(key);
  if (hit) return { ...readReply(hit.content, doc, sentences, o.confidence), cached: true, tokens: 0 };
  const reply = await chatComplete(buildMessages(doc), o);
  // validate before caching: a reply that is not JSON is not kept, so the next run asks again
  const read = readReply(reply.content, doc, sentences, o.confidence);
  const result: LlmArticleResult = { ...read, cached: false, tokens: reply.totalTokens ?? 0 };
  try {
    store.put({ key, model: o.model, promptVersion: PROMPT_VERSION, articleSha256: doc.sha256, content: reply.content, totalTokens: reply.totalTokens });
  } catch (e) {
    // a reply already paid for is not thrown away because the cache cannot take it (disk full, no access)
    if (!isNewsgraphError(e) || e.code !== 'IO') throw e;
    result.cacheError = e.message;
  }
  return result;
}
