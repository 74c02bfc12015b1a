import { expect } from 'chai';
import { isNewsgraphError } from '../../model/errors';
import { CHARS_PER_TOKEN, estimateArticleTokens, estimateRun, formatEstimate, PROMPT_OVERHEAD_TOKENS } from './estimate';
import { validateLlmOptions, type LlmOptions } from './llmOptions';
import { buildMessages, SYSTEM_PROMPT } from './prompt';
import { cacheKey } from './replyCache';
import { sentenceAt, splitSentences } from './splitSentences';
import { testDoc } from './testArticle';

describe('extract.llm options, estimate, sentences, prompt', () => {
  const base = { url: 'http://127.0.0.1:11434/v1', model: 'qwen' };
  const bad: [string, Partial<LlmOptions>, string][] = [
    ['a URL without scheme', { url: '127.0.0.1:11434' }, 'llm-url'],
    ['an empty model', { model: ' ' }, 'llm-model'],
    ['a zero budget', { maxTokens: 0 }, 'maxTokens'],
    ['a negative retry count', { retries: -1 }, 'retries'],
    ['confidence 1', { confidence: 1 }, 'confidence'],
    ['zero tokens per second', { tokensPerSecond: 0 }, 'tokensPerSecond'],
    ['an unknown response format', { responseFormat: 'xml' as never }, 'responseFormat'],
  ];
  for (const [what, over, option] of bad) {
    it(`rejects ${what} with INPUT naming ${option}`, () => {
      try {
        validateLlmOptions({ ...base, ...over });
        expect.fail('accepted');
      } catch (e) {
        expect(isNewsgraphError(e) && [e.code, e.details.option]).to.deep.equal(['INPUT', option]);
      }
    });
  }
  it('fills defaults and ignores undefined values', () => {
    const o = validateLlmOptions({ ...base, maxTokens: undefined, cacheDir: undefined });
    expect([o.cacheDir, o.maxTokens, o.retries, o.confidence]).to.deep.equal(['.newsgraph-cache/llm', undefined, 3, 0.6]);
  });

  it('estimates chars/4 plus the prompt overhead plus a capped reply allowance', () => {
    const doc = { text: 'x'.repeat(4000) };
    expect(estimateArticleTokens(doc, 4096)).to.equal(PROMPT_OVERHEAD_TOKENS + 1000 + 500);
    expect(estimateArticleTokens(doc, 100)).to.equal(PROMPT_OVERHEAD_TOKENS + 1000 + 100);
    expect(PROMPT_OVERHEAD_TOKENS).to.be.greaterThan(Math.floor(SYSTEM_PROMPT.length / CHARS_PER_TOKEN) - 1);
    const run = estimateRun([doc, doc], 4096, 50);
    expect(run).to.deep.equal({ articles: 2, tokens: 2 * (PROMPT_OVERHEAD_TOKENS + 1500), seconds: Math.ceil((2 * (PROMPT_OVERHEAD_TOKENS + 1500)) / 50) });
    expect(formatEstimate({ articles: 2, tokens: 12000, seconds: 7200 }, 3)).to.equal('llm: 2 articles to send (3 cached), about 12,000 tokens, about 2.0 h');
  });

  const splits: [string, string[]][] = [
    ['One. Two! Three? "Four."', ['One.', 'Two!', 'Three?', '"Four."']],
    ['Mr. smith stays. U.S. officials said 3.5 percent.\nNext line', ['Mr. smith stays.', 'U.S. officials said 3.5 percent.', 'Next line']],
    ['  padded  \n\n  ', ['padded']],
  ];
  for (const [text, expected] of splits) {
    it(`splits ${JSON.stringify(text)}`, () => {
      const spans = splitSentences(text);
      expect(spans.map((s) => text.slice(s.start, s.end))).to.deep.equal(expected);
      for (const [k, s] of spans.entries()) expect(sentenceAt(spans, s.start)).to.equal(k);
      expect(sentenceAt(spans, text.length + 5)).to.equal(-1);
    });
  }

  it('keys the cache by article, text and model', () => {
    const doc = testDoc();
    const keys = new Set([cacheKey(doc, 'a'), cacheKey(doc, 'b'), cacheKey({ ...doc, text: doc.text + ' ' }, 'a'), cacheKey({ ...doc, sha256: 'c'.repeat(64) }, 'a'), cacheKey(doc, 'a', 'v2')]);
    expect(keys.size).to.equal(5);
    expect(cacheKey(doc, 'a')).to.equal(cacheKey({ ...doc }, 'a'));
  });

  it('sends the publication date and the text as data fields of the user message', () => {
    const [system, user] = buildMessages(testDoc());
    expect(system.role).to.equal('system');
    expect(Object.keys(JSON.parse(user.content))).to.deep.equal(['task', 'published', 'article']);
  });
});
