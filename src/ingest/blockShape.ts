/**
 * What a block of text looks like, independent of its words: prose paragraph, title-like line.
 * The furniture rules and the headline choice are built on these two shapes.
 */

/**
 * Words: runs of letters and digits (joined by ' ’ . -). A hand-written scan with a small memo: the
 * furniture rules ask for the word count of the same block many times.
 */
export function wordCount(s: string): number {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < s.length && isWordChar(s.charCodeAt(i + 1))) {
      // a connector inside a word: don't, U.S., el-Abdallah
    } else {
      inWord = false;
    }
  }
  if (memo.size > 4096) memo.clear();
  memo.set(s, n);
  return n;
}

const memo = new Map<string, number>();

/** letters and digits: ASCII alphanumerics, and above U+00BF anything that is not punctuation or space */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return false;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f)) return false;
  if ((c >= 0xff1a && c <= 0xff20) || c === 0xa0 || c === 0x2e3a || c === 0xfeff) return false;
  return true;
}

/**
 * ends like a sentence: . ! ? possibly followed by closing quotes or brackets. A trailing ellipsis is a
 * truncation (teasers, breadcrumbs), not the end of a sentence.
 */
export function endsSentence(s: string): boolean {
  return /[.!?]["'”’»)\]]*$/.test(s) && !/(?:\.\.\.|…)["'”’»)\]]*$/.test(s);
}

/**
 * A prose paragraph: at least 8 words ending like a sentence, or at least 25 words however it ends
 * (a long paragraph whose last sentence lost its full stop is still prose).
 */
export function isProse(s: string): boolean {
  const n = wordCount(s);
  return (n >= 8 && endsSentence(s)) || n >= 25;
}

/**
 * A paragraph cut off mid-sentence, as a stored excerpt or a truncated feed ends: 8+ words in sentence case (a third
 * of the words start in lower case: a headline's are capitalised), ending in a lower-case letter, a comma or an open
 * quote, and no credit, bio or appeal.
 */
export function isCutOffProse(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 8 || endsSentence(s) || /\.\.\.$|…$/.test(s) || PAGE_END_NOTE.test(s)) return false;
  const lower = lowerCaseWords(words).length;
  // (cut where a sentence goes on: in a lower-case word, after a comma or an open quote; not after a name, as a
  // byline, a bio or a photo credit end: "... REUTERS/Valentyn Ogirenko")
  return lower * 3 >= words.length && /(?:\p{Ll}|[,"“‘])$/u.test(s);
}

/** The words that start in lower case (past an opening quote or bracket): sentence case has many, title case few. */
function lowerCaseWords(words: string[]): string[] {
  return words.filter((w) => /^["'“‘(]?\p{Ll}/u.test(w));
}

/** the notes a page ends with: credits, bios, appeals, corrections */
const PAGE_END_NOTE = /\b(?:contributed to this report|reporting by|editing by|writing by|all rights reserved|donate|subscribe|correction|is a (?:reporter|correspondent|journalist|writer|editor)|REUTERS|AFP|Getty)\b/i;

/**
 * A title-like line: 1-30 words, at most 200 characters, not ending in a full stop, colon, comma or
 * semicolon, starting with a capital letter, digit or quote. Headlines, section names, menu items and
 * related-headline links all have this shape.
 */
export function isTitleLike(s: string): boolean {
  const n = wordCount(s);
  if (n === 0 || n > 30 || s.length > 200) return false;
  if (/[.,;:]$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  return /^["'“‘«(]?[\p{Lu}\p{N}\p{Lo}]/u.test(s);
}

/**
 * A standfirst (a dek): the summary sentence under a headline that lost its full stop. 12-60 words in
 * sentence case (a third of the words and at least three of five letters or more start in lower case: in
 * title case only the short words do), not a truncated teaser, a byline or a note to the reader.
 */
export function isStandfirst(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 12 || words.length > 60 || /\.\.\.$|…$/.test(s)) return false;
  // not a byline, a credit or a note to the reader ("By X and Y, correspondents ...", "You are reading ...")
  if (/^(?:by\s+\p{Lu}|(?:photo|image|file|updated|posted|published)\s*[:|]|click\b|watch\b|listen\b|subscribe\b|sign up\b|you\b|your\b)/iu.test(s) || /\byou are (?:reading|watching|listening)\b/i.test(s)) return false;
  const lower = lowerCaseWords(words);
  return lower.length >= words.length / 3 && lower.filter((w) => /\p{Ll}{5}/u.test(w)).length >= 3;
}

/** A headline: title-like with at least 3 words (a two-word line is a menu item or a section name). */
export function isHeadlineLike(s: string): boolean {
  return isTitleLike(s) && wordCount(s) >= 3 && !/\.\.\.$|…$/.test(s);
}
