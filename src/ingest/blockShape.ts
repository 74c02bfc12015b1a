/**
 * What a block of text looks like, independent of its words: prose paragraph, title-like line.
 * The furniture rules and the headline choice are built on these two shapes.
 */

export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu);
  return m ? m.length : 0;
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

/** A headline: title-like with at least 3 words (a two-word line is a menu item or a section name). */
export function isHeadlineLike(s: string): boolean {
  return isTitleLike(s) && wordCount(s) >= 3 && !/\.\.\.$|…$/.test(s);
}
