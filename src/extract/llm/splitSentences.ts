/**
 * Sentence spans of a text, for evidence when no rules extraction gives them: a line break ends a
 * sentence (as in the rules extractor), and so does . ! or ? (optionally followed by a closing quote
 * or bracket) before whitespace and an upper-case letter, digit or opening quote. Spans are trimmed
 * and never empty. Deliberately simple: in a build the rules extraction's sentences are used.
 */
import type { Span } from '../../model/types';

const BOUNDARY = /[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[\p{Lu}\d])|\n/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0] === '\n' ? m.index! : m.index! + m[0].length;
    push(start, end);
    start = m[0] === '\n' ? m.index! + 1 : end;
  }
  push(start, text.length);
  return spans;
}

/** Index of the sentence that contains offset `at` (binary search over sorted spans), or -1. */
export function sentenceAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
