import { wordCount } from './blockShape';
import { ci } from './furnitureRules';
import { parseDateline, earliestDate, wireDatelineDate, type DateOrder } from './datelines';
import type { CleanedBlocks } from './removeFurniture';

/** Metadata read from the words of the page (the furniture is where most of it lives). */
export interface TextMetadata {
  title?: string;
  publisher?: string;
  author?: string;
  published?: string;
  url?: string;
}

const NAME = String.raw`\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|da|van|von|der|al|el|bin|ibn|le|la)\s+)?\p{Lu}[\p{L}'’\-.]*){0,4}`;
/** an organisation's name: capitalised words, dots only inside a word (Kremlin.ru) */
const ORG_WORD_PART = String.raw`\p{Lu}[\p{L}\p{N}&'’\-]*(?:\.[\p{L}\p{N}]+)*`;
const ORG_NAME = String.raw`${ORG_WORD_PART}(?:\s+(?:of\s+|&\s+|and\s+)?${ORG_WORD_PART}){0,5}`;
const ORG_WORD =
  /\b(?:news|times|post|daily|tribune|herald|journal|gazette|tin|báo|press|agency|media|tv|radio|network|online|today|telegraph|guardian|observer|express|review|weekly|magazine|ltd|inc|company|group|corporation|channel|broadcasting|wire|chronicle|star|mail|sun|standard|independent)\b/iu;
const URL_RE = /https?:\/\/[^\s)"'<>]+/i;

/** Rules that can carry a date of publication (captions, headline lists and biographies cannot). */
const DATELINE_RULES = new Set(['dateline', 'byline', 'header', 'tail', 'counter', 'source', 'sign-off']);

/**
 * Title, publisher, author, published date and url from the blocks removeFurniture() kept and dropped.
 *
 * publisher, in order: the author's own affiliation in a biography ("journalist for Buna Times"), a
 *   site banner ("Welcome to X!"), the name on a dateline when it matches the url's host or reads as an
 *   organisation ("Người Đưa Tin04/09/2024" on nguoiduatin.vn), a copyright line ("© 2024 X. All rights
 *   reserved."), a "Source: X" footer, the url's host.
 *   A photo credit ("Photo: Kremlin.ru") is never the publisher.
 * author: a byline ("By X", "Author: X"), a biography ("I am X, a ... writer"), a sign-off
 *   ("Minh Duc (According to TASS, ...)").
 * published: the earliest dateline (see datelines.ts for the date rule), else the date of a wire
 *   dateline opening one of the first three paragraphs (wireDatelineDate).
 * url: a "Source: https://..." / "URL:" / "Canonical:" line.
 */
export function textMetadata(cleaned: CleanedBlocks, order: DateOrder, knownUrl?: string): TextMetadata {
  const meta: TextMetadata = {};
  if (cleaned.headline) meta.title = cleaned.headline;

  const byRule = (...rules: string[]) => cleaned.dropped.filter((d) => rules.includes(d.rule)).map((d) => d.text);

  for (const line of byRule('source')) {
    const u = URL_RE.exec(line);
    if (u) {
      meta.url ??= u[0].replace(/[.,;]+$/, '');
    }
  }
  const url = knownUrl ?? meta.url;

  const dates: string[] = [];
  const updates: string[] = [];
  const datelineNames: string[] = [];
  for (const d of cleaned.dropped) {
    if (!DATELINE_RULES.has(d.rule)) continue;
    const dl = parseDateline(d.text, order);
    if (!dl) continue;
    (dl.updated ? updates : dates).push(dl.date);
    const name = undouble(dl.rest);
    if (name && /\p{L}/u.test(name)) datelineNames.push(name);
  }
  meta.published = earliestDate(dates) ?? earliestDate(updates);
  // else a wire dateline opening one of the first paragraphs ("Istanbul/Athens, 7 December 2023 (dpa/MIA) - ...")
  for (let i = 0; i < 3 && i < cleaned.body.length && meta.published === undefined; i++) meta.published = wireDatelineDate(cleaned.body[i], order);

  // author
  for (const line of byRule('byline')) {
    const m = new RegExp(String.raw`^(?:${ci('by|written by|words by|authors?|reporter|reported by|story by|posted by')})(?:\s*[:：]\s*|\s+)(${NAME}(?:\s+and\s+${NAME})?)`, 'u').exec(line);
    if (m) {
      meta.author ??= cleanName(m[1]);
    }
  }
  const bios = byRule('biography');
  for (const line of bios) {
    const m = new RegExp(String.raw`^(?:I am|I'm|My name is)\s+(${NAME})`, 'u').exec(line) ?? new RegExp(String.raw`^(${NAME}) (?:is|was) (?:a|an|the)\b`, 'u').exec(line);
    if (m) meta.author ??= cleanName(m[1]);
  }
  for (const line of byRule('sign-off')) {
    const m =
      new RegExp(String.raw`\b(?:${ci('reporting|writing')}) by\s+(${NAME})`, 'u').exec(line) ??
      (/^\(?\s*(?:additional reporting|compiled|edited|editing|with inputs|inputs)\b/i.test(line) ? null : new RegExp(String.raw`^[-–—]?\s*(${NAME})`, 'u').exec(line));
    if (m) meta.author ??= cleanName(m[1].replace(/\s+in\s+\p{Lu}.*$/u, ''));
  }

  // publisher
  const candidates: string[] = [];
  for (const line of bios) {
    const m = new RegExp(
      String.raw`\b(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|author)\s+(?:for|at|with)\s+(?:the\s+)?(${ORG_NAME})`,
      'u',
    ).exec(line);
    if (m) candidates.push(m[1].replace(/[.,]+$/, ''));
  }
  for (const line of byRule('welcome-banner')) {
    const m = /^welcome to\s+(?:the\s+)?(.+?)(?:\s+(?:website|web site|official website|site|homepage|online))?\s*[!.]*$/i.exec(line);
    if (m) candidates.push(m[1]);
  }
  for (const name of datelineNames) {
    if (name === meta.author) continue;
    if ((url && matchesHost(name, url)) || ORG_WORD.test(name)) candidates.push(name);
  }
  for (const line of byRule('copyright')) {
    const name = line
      .split(/\.\s/)[0]
      .replace(/\ball rights reserved\b.*$/i, '')
      .replace(/^(?:©|\(c\)|copyright)\s*/i, '')
      .replace(/^(?:©|\(c\))\s*/i, '')
      .replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*/, '')
      .replace(/^(?:by|of)\s+/i, '')
      .replace(/[\s.,|]+$/, '');
    if (name && wordCount(name) <= 6 && /^\p{Lu}/u.test(name)) candidates.push(name);
  }
  for (const line of byRule('source')) {
    const m = /^[^:：]+[:：]\s*(.+)$/u.exec(line);
    const name = m ? m[1].split(/\s+[|•·–—-]\s+|\s*\|\s*/)[0].replace(/[.]+$/, '').trim() : '';
    if (name && !URL_RE.test(name) && !/^www\./i.test(name) && !parseDateline(name)) candidates.push(name);
  }
  if (url) candidates.push(hostOf(url) ?? '');
  // the first candidate that is not blank, trimmed (a loop, not map(...).find(...): TurboFan's inlined
  // map makes a holey array where the interpreter's is packed, which deoptimised this function once)
  meta.publisher = undefined;
  for (const c of candidates) {
    const name = c.trim();
    if (name !== '') {
      meta.publisher = name;
      break;
    }
  }

  return stripUndefined(meta);
}

/** "Người Đưa TinNgười Đưa Tin" -> "Người Đưa Tin" (a site name printed twice by a logo and its alt text). */
export function undouble(s: string): string {
  const t = s.trim();
  for (let i = Math.floor(t.length / 2) - 1; i <= Math.ceil(t.length / 2) + 1; i++) {
    const a = t.slice(0, i).trim();
    const b = t.slice(i).trim();
    if (a.length > 0 && a === b) return a;
  }
  return t;
}

function cleanName(s: string): string {
  return s.replace(/[.,]+$/, '').replace(/\s+/g, ' ').trim();
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** "Người Đưa Tin" matches nguoiduatin.vn: the name's letters without accents and spaces are in the host. */
function matchesHost(name: string, url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const letters = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
  const label = host.split('.').filter((p) => !['com', 'net', 'org', 'co', 'vn', 'uk', 'news'].includes(p)).join('');
  return letters.length >= 3 && (label.includes(letters) || letters.includes(label));
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
