/** Test helpers: ArticleDoc objects from the seed files (with a crude furniture strip, tests only), made-up texts extracted. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArticleDoc, Extraction, Mention } from '../model/types';
import { extractArticle } from './extractArticle';

/** The extraction of a made-up text, published on the given day. */
export function runText(text: string, published = '2024-05-08'): Extraction {
  const doc: ArticleDoc = { id: 'article:t', path: 't', sha256: '', fingerprint: '', language: 'en', text, published };
  return extractArticle(doc);
}

/** The mention a mention refers to, to the end of the chain (itself when it refers to none). */
export function rootOf(x: Extraction, id: string): Mention {
  let m: Mention = x.mentions.find((q) => q.id === id)!;
  while (m.refersTo) m = x.mentions.find((q) => q.id === m.refersTo)!;
  return m;
}

export const SEEDS_DIR = path.join(__dirname, '..', '..', 'seeds');

const FURNITURE_LINE = /^(Welcome to .*|News Category|Your Position:.*|Time:\S+ Click:\d+|Live Chat|Comment \(\d+\)|No data|Event calendar|Same (tag|category|author)|Figure|No videos available|Source: .*|I am .*|.*\(source image\)|Photo: .*)$/;

export interface SeedDoc extends ArticleDoc {
  file: string;
}

/** Reads seeds/NNN_*.txt; cuts the text at the first furniture block after the story and drops furniture lines. */
export function seedDoc(index: number, meta: Partial<ArticleDoc> = {}): SeedDoc {
  const file = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()[index];
  const raw = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
  const lines = raw.split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    const l = line.trim();
    if (/^(Comment \(\d+\)|Source: korrespondent)$/.test(l)) break;
    if (FURNITURE_LINE.test(l)) continue;
    out.push(line);
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { file, id: `article:seed${index}`, path: file, sha256: '0'.repeat(64), fingerprint: '0'.repeat(64), language: 'en', text, ...meta };
}

/** Publication metadata of the seeds as the ingest layer should find it (dates from their headers). */
export const SEED_META: Partial<ArticleDoc>[] = [
  { published: undefined },
  { published: '2024-08-30', publisher: 'korrespondent', author: 'David Wyatt' },
  { published: '2024-09-02', publisher: 'HiFred Technology Company Ltd' },
  { published: '2024-09-04', author: 'Minh Duc', publisher: 'nguoiduatin.vn' },
];
