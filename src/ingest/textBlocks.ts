/**
 * Plain text -> blocks (paragraphs or stand-alone lines), whitespace folded.
 *
 * Web copies put one paragraph per line (seed 000) or separate paragraphs by blank lines (002, 003);
 * e-mail style text hard-wraps a paragraph over several lines. A blank-line-separated group is joined
 * into one paragraph only when it looks hard-wrapped: of 3+ lines, most (but the last) are 40-100
 * characters long and do not end a sentence, and some line after the first starts in lower case (a list
 * of headlines never does); of 2 lines, the second continues the first in lower case
 * (and is no labelled date: "date 2025-09-12 ..."). Otherwise every line is a block of its own, so a menu, a dateline or a
 * list of headlines is never glued onto the body.
 */
export function splitTextBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const group of text.split(/\n[ \t\u00a0]*\n/)) {
    // a loop, not map(...).filter(...): TurboFan's inlined map makes a holey array where the
    // interpreter's is packed, which deoptimised this function once per thread
    const lines: string[] = [];
    for (const raw of group.split('\n')) {
      const line = foldSpace(raw);
      if (line !== '') lines.push(line);
    }
    if (lines.length === 0) continue;
    if (looksHardWrapped(lines)) blocks.push(lines.join(' '));
    else blocks.push(...lines);
  }
  return blocks;
}

export function foldSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/;
/** a line that opens with a labelled date ("date 2025-09-12 BRASILIA: ...", "published on 12 May"): a dateline, never a continuation */
const LABELLED_DATE = /^(?:dated?|published|posted|updated)(?:\s+on)?\s*[:：]?\s*\d/i;

function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  // two lines: only when the second continues the first (starts in lower case)
  if (lines.length === 2) return lines[0].length >= 40 && !SENTENCE_END.test(lines[0]) && /^\p{Ll}/u.test(lines[1]) && !LABELLED_DATE.test(lines[1]);
  // a list of headlines, each line capitalised, is no wrapped paragraph: prose wraps mostly before lower-case words
  if (!lines.slice(1).some((l) => /^\p{Ll}/u.test(l))) return false;
  const inner = lines.slice(0, -1);
  const wrapped = inner.filter((l) => l.length >= 40 && l.length <= 100 && !SENTENCE_END.test(l));
  return wrapped.length / inner.length >= 0.7;
}

/**
 * a block's last word that is an abbreviated month with its full stop ("on Dec.", "until Sept."): the break a copy
 * made at the stop. Not a month written out: a headline or a paragraph may end with one ("Putin to visit North
 * Korea in June") before a paragraph that opens with a number ("12 agreements are expected").
 */
const ENDS_WITH_MONTH = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** a block opening with a day of the month that goes on with the sentence: "10 that his country ...", "28, 2024, in Paris" */
const OPENS_WITH_DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:,|\s+(?:that|when|and|as|after|before|with|for|by|from|but|while|he|she|it|they|we)\b|$)/;

/**
 * Blocks split between a month and its day ("... during a phone call on Dec." / "10 that his country will
 * ..."): a copy that broke the paragraph at the abbreviation's full stop. One block again, so the sentence
 * (and its date) is read whole; a day that opens a sentence of its own ("10 people died") is left apart.
 */
export function joinDateBreaks(blocks: string[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev !== undefined && ENDS_WITH_MONTH.test(prev) && OPENS_WITH_DAY.test(b)) out[out.length - 1] = `${prev} ${b}`;
    else out.push(b);
  }
  return out;
}
