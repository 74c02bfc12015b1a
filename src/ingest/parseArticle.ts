import { inputError } from '../model/errors';
import { articleId, sha256Hex } from '../model/ids';
import type { ArticleDoc } from '../model/types';
import type { DateOrder } from './datelines';
import { decodeText } from './decodeText';
import { detectLanguage, primaryLanguage } from './detectLanguage';
import { fingerprint } from './fingerprint';
import { parseHtmlDocument, type SourceDocument } from './htmlDocument';
import { parseMarkdownDocument } from './markdownDocument';
import { resolveIngestOptions, type IngestOptions } from './options';
import { removeFurniture, type DroppedBlock } from './removeFurniture';
import { joinDateBreaks, splitTextBlocks } from './textBlocks';
import { hostOf, textMetadata } from './textMetadata';

export type ArticleFormat = 'html' | 'markdown' | 'text';

/** ArticleDoc plus what was dropped as furniture (for debugging and tests). */
export interface ParsedArticle {
  article: ArticleDoc;
  format: ArticleFormat;
  dropped: DroppedBlock[];
}

/** The format from the extension; a .txt that starts like an HTML document is HTML. */
export function detectFormat(path: string, text: string): ArticleFormat {
  const ext = /\.[^./\\]+$/.exec(path)?.[0].toLowerCase() ?? '';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}

/**
 * One file's bytes -> ArticleDoc (pure: no I/O). Throws NewsgraphError (INPUT, or LIMIT when too large)
 * with a one-line message starting `ingest: <path>: `.
 */
export function parseArticle(path: string, bytes: Uint8Array, options: Partial<IngestOptions> = {}): ArticleDoc {
  return parseArticleDetailed(path, bytes, options).article;
}

export function parseArticleDetailed(path: string, bytes: Uint8Array, options: Partial<IngestOptions> = {}): ParsedArticle {
  const o = resolveIngestOptions(options);
  const raw = decodeText(path, bytes, o);
  const format = detectFormat(path, raw);
  const source: SourceDocument =
    format === 'html' ? parseHtmlDocument(raw) : format === 'markdown' ? parseMarkdownDocument(raw) : { blocks: splitTextBlocks(raw), meta: {} };
  const meta = source.meta;

  const order = dateOrder(meta.lang, meta.url);
  const cleaned = removeFurniture(joinDateBreaks(source.blocks), { order, titleHint: meta.title });
  const fromText = textMetadata(cleaned, order, meta.url);

  const title = meta.title ?? fromText.title;
  const body = cleaned.body;
  if (body.length === 0) throw inputError(`ingest: ${path}`, 'no article text (only page furniture or markup)');
  const bodyText = body.join('\n\n');
  const text = title ? `${title}\n\n${bodyText}` : bodyText;

  const sha256 = sha256Hex(bytes);
  let language = detectLanguage(bodyText, o.minLanguageChars);
  if (language === 'und') language = primaryLanguage(meta.lang) ?? 'und';

  const article: ArticleDoc = {
    id: articleId(sha256),
    path,
    sha256,
    fingerprint: fingerprint(bodyText),
    language,
    text,
  };
  const url = meta.url ?? fromText.url;
  const fields: Partial<ArticleDoc> = {
    title,
    url,
    publisher: meta.publisher ?? fromText.publisher,
    author: meta.author ?? fromText.author,
    published: meta.published ?? fromText.published,
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') (article as unknown as Record<string, string>)[k] = v;
  return { article: orderKeys(article), format, dropped: cleaned.dropped };
}

/**
 * Month-first only when the page says it is American (lang/locale en-US, or a .us host); day-first
 * otherwise, which is how most of the world writes dates (see datelines.ts).
 */
export function dateOrder(lang: string | undefined, url: string | undefined): DateOrder {
  if (lang && /^en[-_]us$/i.test(lang.trim())) return 'MDY';
  const host = url ? hostOf(url) : undefined;
  if (host && /\.us$/i.test(host)) return 'MDY';
  return 'DMY';
}

const KEY_ORDER: (keyof ArticleDoc)[] = ['id', 'path', 'sha256', 'fingerprint', 'title', 'url', 'publisher', 'author', 'published', 'language', 'text'];

/** the same key order every time, so serialised records are byte-identical */
function orderKeys(a: ArticleDoc): ArticleDoc {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (a[k] !== undefined) out[k] = a[k];
  return out as unknown as ArticleDoc;
}
