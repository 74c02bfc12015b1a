import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

/**
 * Deterministic ids. The same input gives the same id on every machine and every run.
 *   slug('Vladimir Putin') -> 'vladimir-putin'
 *   entityId('Person', 'Vladimir Putin') -> 'person:vladimir-putin'
 *   articleId(sha256) -> 'article:<first 16 hex of the sha256>'
 *   relationId('LEADER_OF', from, to) -> 'LEADER_OF:<12 hex of a hash of from and to>'
 */
export const MAX_SLUG = 80;

/** letters that NFKD does not decompose into a Latin base letter */
const FOLD: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

export function slug(s: string): string {
  const full = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[đłøßæœı]/g, (c) => FOLD[c])
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!full) return shortHash(s, 12);
  if (full.length <= MAX_SLUG) return full;
  // a long key keeps its readable head and a hash of the whole, so keys that differ only at the end
  // (an event's year after long participant names) never share an id
  return `${full.slice(0, MAX_SLUG - 7).replace(/-+$/, '')}-${shortHash(full, 6)}`;
}

// one-shot hashing (Node >= 20.12) is much cheaper than a Hash object per id; same digest
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function shortHash(s: string, hexChars = 12): string {
  return (oneShot ? oneShot('sha256', s, 'hex') : createHash('sha256').update(s).digest('hex')).slice(0, hexChars);
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function entityId(label: string, canonicalKey: string): string {
  return `${label.toLowerCase()}:${slug(canonicalKey)}`;
}

export function articleId(sha256: string): string {
  return `article:${sha256.slice(0, 16)}`;
}

export function relationId(type: string, from: string, to: string, discriminator = ''): string {
  return `${type}:${shortHash(`${from}\u0000${to}\u0000${discriminator}`)}`;
}
