/**
 * The LLM pass of a build: for each article (with its rules extraction), the cached or requested LLM
 * extraction merged into the rules one. Articles go one at a time (local servers serve one request at
 * a time anyway). Before a large run an estimate is printed; with maxTokens, articles that would
 * exceed the estimated budget are not sent and keep their rules extraction (reported). A failure on one
 * article (bad JSON, timeout, HTTP error) is one notice and that article keeps its rules extraction;
 * a failure that would repeat for every article (unreachable server, refused key, unknown model)
 * stops sending, and the remaining articles are reported once. A reply that cannot be cached (disk
 * full, no access) is used all the same, and said once.
 */
import { isNewsgraphError } from '../../model/errors';
import type { ArticleDoc, Extraction } from '../../model/types';
import { extractArticleWithLlmDetailed } from './extractArticleWithLlm';
import { estimateArticleTokens, estimateRun, formatEstimate } from './estimate';
import { mergeExtractions } from './mergeExtractions';
import { validateLlmOptions, type LlmOptions } from './llmOptions';
import { cacheKey, ReplyCache } from './replyCache';

export interface LlmNotice {
  path: string;
  reason: string;
}

export interface LlmRunReport {
  /** the merged extractions, in input order */
  extractions: Extraction[];
  /** requests made, cache hits, articles not sent (budget or a fatal error), articles that failed */
  sent: number;
  cached: number;
  skipped: string[];
  failed: number;
  /** tokens: as reported by the server where it did, else estimated */
  tokensSpent: number;
  notices: LlmNotice[];
}

export type LlmRunOptions = Partial<LlmOptions> & Pick<LlmOptions, 'url' | 'model'>;

export async function runLlmExtraction(
  docs: readonly ArticleDoc[],
  rules: readonly Extraction[],
  options: LlmRunOptions,
  log: (line: string) => void = () => {},
): Promise<LlmRunReport> {
  const o = validateLlmOptions(options);
  const cache = new ReplyCache(o.cacheDir);
  const isCached = docs.map((d) => cache.has(cacheKey(d, o.model)));
  const toSend = docs.filter((_, i) => !isCached[i]);
  if (toSend.length >= o.announceFrom && toSend.length > 0) {
    log(formatEstimate(estimateRun(toSend, o.maxReplyTokens, o.tokensPerSecond), docs.length - toSend.length, o.maxTokens));
  }

  const report: LlmRunReport = { extractions: [], sent: 0, cached: 0, skipped: [], failed: 0, tokensSpent: 0, notices: [] };
  let stopped: string | undefined;
  let cacheFailed = false;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    const base = rules[i];
    if (!isCached[i]) {
      if (stopped !== undefined) {
        report.skipped.push(doc.path);
        report.extractions.push(base);
        continue;
      }
      const estimate = estimateArticleTokens(doc, o.maxReplyTokens);
      if (o.maxTokens !== undefined && report.tokensSpent + estimate > o.maxTokens) {
        stopped = 'budget';
        report.skipped.push(doc.path);
        report.extractions.push(base);
        continue;
      }
    }
    try {
      const r = await extractArticleWithLlmDetailed(doc, { ...o, sentences: base.sentences.length ? base.sentences : undefined }, cache);
      if (r.cacheError !== undefined && !cacheFailed) {
        // said once: the same cause would fail every later write too
        cacheFailed = true;
        report.notices.push({ path: doc.path, reason: `${r.cacheError}; replies are used but not cached` });
      }
      if (r.cached) report.cached++;
      else {
        report.sent++;
        report.tokensSpent += r.tokens || estimateArticleTokens(doc, o.maxReplyTokens);
      }
      report.extractions.push(mergeExtractions(base, r.extraction));
    } catch (e) {
      if (!isNewsgraphError(e)) throw e;
      report.failed++;
      report.extractions.push(base);
      report.notices.push({ path: doc.path, reason: `${e.message}; kept the rules extraction` });
      const kind = (e.details as { kind?: string }).kind;
      if (kind === 'unreachable' || kind === 'unauthorized' || kind === 'not-found') stopped = 'error';
      // a reply that came but was unusable (bad JSON, timeout, rate limit) may still have been billed
      else report.tokensSpent += estimateArticleTokens(doc, o.maxReplyTokens);
    }
  }
  if (report.skipped.length) {
    const why = stopped === 'budget' ? `the --max-tokens budget (${o.maxTokens}) is spent` : 'the LLM server failed (above)';
    for (const path of report.skipped) report.notices.push({ path, reason: `not sent to the LLM: ${why}; rules extraction only` });
  }
  return report;
}
