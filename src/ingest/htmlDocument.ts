import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { lazy } from '../model/lazy';
import { foldSpace } from './textBlocks';

// linkedom and Readability are loaded on the first HTML page: a build of .txt/.md files (and every
// thread that only collects files) never needs them, and linkedom costs ~70 ms of CPU to load per
// thread (each worker isolate loads its own copy).
const linkedom = lazy(() => require('linkedom') as typeof Linkedom);
const readability = lazy(() => require('@mozilla/readability') as typeof ReadabilityModule);
const parseHTML = (html: string) => linkedom().parseHTML(html);
const readabilityClass = () => readability().Readability;

/** What an HTML page says about itself in <html lang>, <meta>, <link rel=canonical> and JSON-LD. */
export interface PageMeta {
  title?: string;
  publisher?: string;
  author?: string;
  /** ISO date as precise as given */
  published?: string;
  url?: string;
  /** <html lang> or og:locale, as written (en-GB, vi) */
  lang?: string;
}

export interface SourceDocument {
  /** text blocks in reading order (paragraphs, headings, list items) */
  blocks: string[];
  meta: PageMeta;
}

/** The few DOM members we use (tsconfig has no DOM lib; linkedom implements these). */
interface El {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  textContent: string | null;
  tagName: string;
  parentElement: El | null;
  remove(): void;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,dt,dd,td,th,figcaption';
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|BlogPosting|ReviewNewsArticle|Report|WebPage)$/;

/**
 * HTML -> blocks + page metadata, with a real parser: linkedom builds the DOM, Mozilla Readability
 * finds the article; its content is walked for block elements. Metadata is read before Readability
 * (which rewrites the DOM). Figure captions are left out: a caption describes a picture, not the story.
 * When Readability finds no article, the <body> minus script/style/nav/header/footer/aside/form is used.
 */
export function parseHtmlDocument(html: string): SourceDocument {
  const { document } = parseHTML(html) as unknown as { document: El & { documentElement: El } };
  const meta = readPageMeta(document);

  let blocks: string[] = [];
  let article: { title?: string | null; byline?: string | null; siteName?: string | null; content?: string | null; publishedTime?: string | null } | null = null;
  try {
    article = new (readabilityClass())(document as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) blocks = blocksOf((parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as { document: El }).document);
  if (blocks.length === 0) {
    const { document: fresh } = parseHTML(html) as unknown as { document: El };
    for (const el of Array.from(fresh.querySelectorAll('script,style,noscript,template,nav,header,footer,aside,form,iframe,svg'))) el.remove();
    const body = fresh.querySelector('body');
    if (body) blocks = blocksOf(body);
    if (blocks.length === 0 && body?.textContent) blocks = body.textContent.split(/\n+/).map(foldSpace).filter(Boolean);
  }
  if (article) {
    meta.title ??= nonEmpty(article.title);
    meta.publisher ??= nonEmpty(article.siteName);
    const by = nonEmpty(article.byline)?.replace(/^(?:by|written by|author)\s*[:：]?\s+/i, '');
    if (by && by.length <= 80 && !/^https?:/i.test(by)) meta.author ??= by;
    meta.published ??= isoPrefix(article.publishedTime);
  }
  for (const k of Object.keys(meta) as (keyof PageMeta)[]) if (meta[k] === undefined) delete meta[k];
  return { blocks, meta };
}

function blocksOf(root: El): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.tagName.toLowerCase() === 'figcaption' || hasAncestor(el, 'figcaption')) continue;
    if (el.querySelector(BLOCKS.replace(',figcaption', ''))) continue; // a container: its inner blocks are taken
    const text = foldSpace(el.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

function hasAncestor(el: El, tag: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName.toLowerCase() === tag) return true;
  return false;
}

function readPageMeta(document: El & { documentElement: El }): PageMeta {
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const el = document.querySelector(`meta[${attr}="${key}"]`);
        const v = nonEmpty(el?.getAttribute('content'));
        if (v) return v;
      }
    }
    return undefined;
  };
  const ld = readJsonLd(document);
  const meta: PageMeta = {};
  meta.title = ld.title ?? metaContent('og:title', 'twitter:title');
  meta.publisher = ld.publisher ?? metaContent('og:site_name', 'application-name', 'publisher');
  const author = ld.author ?? metaContent('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author');
  if (author && !/^https?:/i.test(author)) meta.author = author.replace(/^by\s+/i, '');
  meta.published =
    isoPrefix(ld.published) ??
    isoPrefix(metaContent('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date'));
  meta.url = ld.url ?? nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent('og:url');
  if (meta.url && !/^https?:\/\//i.test(meta.url)) delete meta.url;
  meta.lang = nonEmpty(document.documentElement?.getAttribute('lang')) ?? metaContent('og:locale');
  for (const k of Object.keys(meta) as (keyof PageMeta)[]) if (meta[k] === undefined) delete meta[k];
  return meta;
}

interface LdFields {
  title?: string;
  publisher?: string;
  author?: string;
  published?: string;
  url?: string;
}

/** The first JSON-LD object whose @type is an article type (also inside arrays and @graph). */
function readJsonLd(document: El): LdFields {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) {
      return {
        title: str(found.headline) ?? str(found.name),
        publisher: nameOf(found.publisher),
        author: nameOf(found.author),
        published: str(found.datePublished) ?? str(found.dateCreated),
        url: str(found.url) ?? (typeof found.mainEntityOfPage === 'string' ? found.mainEntityOfPage : str((found.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id'])),
      };
    }
  }
  return {};
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const o = data as Record<string, unknown>;
  const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage')) return o;
  return findArticle(o['@graph'], depth + 1);
}

/** a JSON-LD Person/Organization, a list of them, or a plain string -> "A, B" */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return nonEmpty(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== undefined);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? nonEmpty(v) : undefined;
}

function nonEmpty(v: string | null | undefined): string | undefined {
  const t = v === null || v === undefined ? '' : foldSpace(v);
  return t === '' ? undefined : t;
}

/** "2024-09-04T10:18:35+07:00" -> "2024-09-04" (the date as written, not shifted to UTC); "2024-09" stays. */
export function isoPrefix(v: string | null | undefined): string | undefined {
  const m = v ? /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v) : null;
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
