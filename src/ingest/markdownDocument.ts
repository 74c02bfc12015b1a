import type { PageMeta, SourceDocument } from './htmlDocument';
import { isoPrefix } from './htmlDocument';
import { foldSpace } from './textBlocks';

/**
 * Markdown -> blocks + metadata. Front matter (YAML between --- lines, or TOML between +++ lines) gives
 * title, date, author, url, publisher, lang when present; the first level-1 heading is the title
 * otherwise. Markdown syntax is stripped to text: links keep their text, images and code blocks go,
 * emphasis markers go, each heading, list item, quote paragraph and paragraph is one block.
 */
export function parseMarkdownDocument(source: string): SourceDocument {
  const { fields, body } = splitFrontMatter(source);
  const meta: PageMeta = {};
  const get = (...keys: string[]) => keys.map((k) => fields[k]).find((v) => v !== undefined && v !== '');
  meta.title = get('title', 'headline');
  meta.author = get('author', 'authors', 'byline', 'creator');
  const date = get('date', 'published', 'pubdate', 'publishdate', 'published_at', 'datepublished', 'created');
  meta.published = isoPrefix(date);
  meta.url = get('url', 'canonical', 'canonical_url', 'source_url', 'link', 'permalink');
  if (meta.url && !/^https?:\/\//i.test(meta.url)) delete meta.url;
  meta.publisher = get('publisher', 'site', 'site_name', 'source', 'outlet', 'publication');
  if (meta.publisher && /^https?:\/\//i.test(meta.publisher)) delete meta.publisher;
  meta.lang = get('lang', 'language', 'locale');

  const blocks: string[] = [];
  let para: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    const t = foldSpace(inline(para.join(' ')));
    if (t) blocks.push(t);
    para = [];
  };
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMark = /^\s*(```+|~~~+)/.exec(line);
    if (fence !== undefined) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark[1];
      continue;
    }
    if (/^\s*$/.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const text = foldSpace(inline(heading[2]));
      if (heading[1].length === 1 && meta.title === undefined && text) meta.title = text;
      if (text) blocks.push(text);
      continue;
    }
    if (i + 1 < lines.length && /^\s{0,3}(=+|-+)\s*$/.test(lines[i + 1]) && para.length === 0 && line.trim()) {
      const text = foldSpace(inline(line));
      if (/=/.test(lines[i + 1]) && meta.title === undefined) meta.title = text;
      blocks.push(text);
      i++;
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      para.push(item[1]);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      if (quote[1].trim() === '') flush();
      else para.push(quote[1]);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      para.push(line.replace(/\|/g, ' '));
      flush();
      continue;
    }
    para.push(line);
  }
  flush();
  for (const k of Object.keys(meta) as (keyof PageMeta)[]) if (meta[k] === undefined) delete meta[k];
  return { blocks, meta };
}

/** inline markdown -> text */
export function inline(s: string): string {
  return s
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** Front matter (--- YAML --- or +++ TOML +++) as flat lower-cased key -> string; lists joined with ", ". */
export function splitFrontMatter(source: string): { fields: Record<string, string>; body: string } {
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(source);
  if (!m) return { fields: {}, body: source };
  const sep = m[1] === '---' ? ':' : '=';
  const fields: Record<string, string> = {};
  let listKey: string | undefined;
  for (const raw of m[2].split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(raw) ?? (listKey ? /^-\s+(.*)$/.exec(raw) : null);
    if (item && listKey) {
      const v = unquote(item[1]);
      fields[listKey] = fields[listKey] ? `${fields[listKey]}, ${v}` : v;
      continue;
    }
    const kv = new RegExp(`^([A-Za-z_][\\w.-]*)\\s*${sep}\\s*(.*)$`).exec(raw);
    if (!kv) continue;
    const key = kv[1].toLowerCase();
    const value = kv[2].trim();
    listKey = value === '' ? key : undefined;
    if (value === '') continue;
    const list = /^\[(.*)\]$/.exec(value);
    fields[key] = list ? list[1].split(',').map(unquote).filter(Boolean).join(', ') : unquote(value);
  }
  return { fields, body: source.slice(m[0].length) };
}

function unquote(s: string): string {
  const t = s.trim();
  const q = /^(["'])(.*)\1$/.exec(t);
  return q ? q[2] : t;
}
