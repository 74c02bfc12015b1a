import { sha256Hex } from '../model/ids';

/**
 * The normalised form of a body: Unicode NFKC, lower case, every run of punctuation, symbols and
 * whitespace folded to one space. Two copies of a story that differ only in line breaks, quotes,
 * dashes or spacing normalise to the same string.
 */
export function normaliseBody(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ')
    .trim();
}

/** sha256 (hex) of normaliseBody(body): the same story syndicated under another name has the same one. */
export function fingerprint(body: string): string {
  return sha256Hex(normaliseBody(body));
}
