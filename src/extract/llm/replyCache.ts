/**
 * Cache of raw model replies on disk, one JSON file per (article, model, prompt version). The key hashes
 * the article's sha256, the sha256 of the text actually sent (ingest may clean the same file
 * differently after an upgrade), the model and PROMPT_VERSION. Files are written atomically
 * (files/writeFileAtomic), so a killed run leaves either the old entry or the new one.
 * The raw reply is cached, not the Extraction: validation runs again on every read, so a stricter
 * validator applies to old replies without asking the model again.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../../files';
import type { ArticleDoc } from '../../model/types';
import { PROMPT_VERSION } from './prompt';

export interface CachedReply {
  key: string;
  model: string;
  promptVersion: string;
  articleSha256: string;
  content: string;
  totalTokens?: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function cacheKey(doc: Pick<ArticleDoc, 'sha256' | 'text'>, model: string, promptVersion = PROMPT_VERSION): string {
  return sha256(JSON.stringify([doc.sha256, sha256(doc.text), model, promptVersion]));
}

export class ReplyCache {
  /** dir '' disables the cache (get finds nothing, put writes nothing) */
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedReply | undefined {
    if (!this.dir) return undefined;
    let raw: string;
    try {
      raw = fs.readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as CachedReply;
      return entry.key === key && typeof entry.content === 'string' ? entry : undefined;
    } catch {
      return undefined; // a damaged entry is a miss; the next put replaces it
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  put(entry: CachedReply): void {
    if (!this.dir) return;
    writeFileAtomic(this.file(entry.key), [JSON.stringify(entry)], 'llm cache');
  }
}
