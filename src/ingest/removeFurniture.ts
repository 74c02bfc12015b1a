import { isCutOffProse, isHeadlineLike, isProse, isStandfirst, isTitleLike, wordCount } from './blockShape';
import { splitLeadingDateline, type DateOrder } from './datelines';
import { matchLineRule, splitPhotoCredit, type FurnitureRule } from './furnitureRules';

/**
 * A block that was dropped (or the part of one: a photo credit, a dateline run into the paragraph after
 * it), and the rule that dropped it. `text` is the block as the rules read it: after any such split.
 */
export interface DroppedBlock {
  index: number;
  text: string;
  rule: FurnitureRule;
}

export interface CleanedBlocks {
  /** the headline block, when the page has one (not repeated in `body`) */
  headline?: string;
  /** body paragraphs in order, without furniture and without the headline */
  body: string[];
  dropped: DroppedBlock[];
  /** index of the first and last body block among the input blocks (-1 when there is no prose) */
  bodyStart: number;
  bodyEnd: number;
}

export interface FurnitureOptions {
  /** how numeric dates are read when recognising datelines */
  order: DateOrder;
  /** a title known from metadata (HTML <meta>, front matter): the block equal to it is the headline */
  titleHint?: string;
}

/** share of the prose paragraphs that may follow an end marker for the tail cut to apply */
const MAX_PROSE_AFTER_END = 0.2;

/**
 * Page furniture removal (pure). Three passes:
 *  1. line rules (furnitureRules.ts) mark blocks that are furniture by their own wording; a block that
 *     opens with a labelled date run into the text after it has the dateline split off (and dropped)
 *     first, and a photo credit at its end likewise;
 *  2. the tail cut: after an end-of-article marker (Source:, Comments (0), Related, Tags, copyright)
 *     that follows the body with (almost) no prose after it, everything is furniture;
 *  3. zones: before the first prose paragraph is the header, where the headline is chosen (the block
 *     equal to the title from metadata, else the first headline-like line of 4+ words) and the rest
 *     (section names, menus) dropped; after the last prose paragraph nothing that is not prose is body
 *     (lists of unrelated headlines, widget titles); inside the body a run of three or more short
 *     title-like lines is a list of headlines.
 */
export function removeFurniture(blocks: string[], options: FurnitureOptions): CleanedBlocks {
  const n = blocks.length;
  const rule: (FurnitureRule | undefined)[] = new Array(n).fill(undefined);
  const text = [...blocks];
  const extra: DroppedBlock[] = [];
  const endMarker: boolean[] = new Array(n).fill(false);

  // 1. line rules
  for (let i = 0; i < n; i++) {
    const position = n > 1 ? i / (n - 1) : 0;
    const r = matchLineRule(blocks[i], { order: options.order, position });
    if (r) {
      rule[i] = r.rule;
      endMarker[i] = r.end === true;
      continue;
    }
    // a dateline run into the paragraph after it: the dateline is dropped, the rest read as a block
    const lead = splitLeadingDateline(blocks[i], options.order);
    if (lead) {
      extra.push({ index: i, text: lead.dateline, rule: 'dateline' });
      text[i] = lead.rest;
      const restRule = matchLineRule(lead.rest, { order: options.order, position });
      if (restRule) {
        rule[i] = restRule.rule;
        endMarker[i] = restRule.end === true;
        continue;
      }
    }
    const credit = splitPhotoCredit(text[i]);
    if (credit) {
      text[i] = credit.text;
      extra.push({ index: i, text: credit.credit, rule: 'credit' });
    }
  }

  const proseIdx = () => indexes(n, (i) => rule[i] === undefined && isProse(text[i]));

  // 2. tail cut
  let prose = proseIdx();
  if (prose.length > 0) {
    for (let i = prose[0] + 1; i < n; i++) {
      if (!endMarker[i]) continue;
      const after = prose.filter((p) => p > i).length;
      if (after <= Math.floor(prose.length * MAX_PROSE_AFTER_END)) {
        for (let j = i + 1; j < n; j++) rule[j] ??= 'tail';
        break;
      }
    }
  }

  // 3. zones (the text's last block, cut off mid-sentence, is story too: "... called on the leadership of both sides \"to engag")
  prose = proseIdx();
  // (only right after the body, past blocks already dropped: a headline between stays furniture)
  const last = n - 1;
  const lastProse = prose.length > 0 ? prose[prose.length - 1] : -1;
  if (lastProse >= 0 && last > lastProse && rule[last] === undefined && isCutOffProse(text[last]) && indexes(last, (i) => i > lastProse && rule[i] === undefined).length === 0) prose.push(last);
  const bodyStart = prose.length ? prose[0] : -1;
  const bodyEnd = prose.length ? prose[prose.length - 1] : -1;
  let headline: number | undefined;

  if (bodyStart < 0) {
    // no prose at all (a very short note): keep what the line rules left, the first line may be a headline
    const left = indexes(n, (i) => rule[i] === undefined);
    if (left.length > 1 && isHeadlineLike(text[left[0]])) headline = left[0];
  } else {
    const header = indexes(n, (i) => i < bodyStart && rule[i] === undefined);
    headline = chooseHeadline(header, text, options.titleHint);
    // the standfirst right under the headline is story ("Russian leader Vladimir Putin and Iranian President ...
    // signed a treaty ... on January 17"), whether or not it ends in a full stop
    const standfirst = headline !== undefined && headline + 1 < bodyStart && rule[headline + 1] === undefined && isStandfirst(text[headline + 1]) ? headline + 1 : -1;
    for (const i of header) if (i !== headline && i !== standfirst) rule[i] = 'header';
    const tail = indexes(n, (i) => i > bodyEnd && rule[i] === undefined);
    const tailRule: FurnitureRule = tail.filter((i) => isTitleLike(text[i])).length >= 2 ? 'headline-list' : 'tail';
    for (const i of tail) rule[i] = tailRule;
    markHeadlineRuns(text, rule, bodyStart, bodyEnd);
  }

  const dropped: DroppedBlock[] = [...extra];
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rule[i];
    if (r !== undefined) dropped.push({ index: i, text: text[i], rule: r });
    else if (i !== headline) body.push(text[i]);
  }
  dropped.sort((a, b) => a.index - b.index);
  return { headline: headline === undefined ? undefined : text[headline], body, dropped, bodyStart, bodyEnd };
}

/**
 * The indexes below n that pass `keep`, in order. A loop instead of `map(...).filter(...)`, whose
 * arrays of varying element kinds (holey, small integers, -1 markers) deoptimised removeFurniture
 * several times per thread.
 */
function indexes(n: number, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
  return out;
}

/** The headline among the header blocks: the one equal to the title hint, else the first headline-like one. */
function chooseHeadline(header: number[], text: string[], hint: string | undefined): number | undefined {
  if (hint) {
    const h = normal(hint);
    const same = header.find((i) => normal(text[i]) === h);
    if (same !== undefined) return same;
  }
  // the first headline of 4+ words: section names and menu items come before it, teasers of other
  // stories ("Related: ...") after it; a shorter headline only when there is no such line
  const first = header.find((i) => isHeadlineLike(text[i]) && wordCount(text[i]) >= 4);
  if (first !== undefined) return first;
  return header.find((i) => isHeadlineLike(text[i]));
}

/**
 * Inside the body, a run of 3+ consecutive short title-like blocks (no prose) is a list of headlines, unless the
 * story introduces it with a colon ("The summit was attended by:" then "President Shavkat Mirziyoyev of Uzbekistan", ...).
 */
function markHeadlineRuns(text: string[], rule: (FurnitureRule | undefined)[], start: number, end: number): void {
  let run: number[] = [];
  let introduced = false;
  let previous = -1;
  const flush = () => {
    if (run.length >= 3 && !introduced) for (const i of run) rule[i] = 'headline-list';
    run = [];
  };
  for (let i = start; i <= end; i++) {
    // (an introduced list ends at a dropped block: "Related:" and the headlines after it are no part of it)
    if (rule[i] !== undefined) {
      if (introduced && run.length > 0) flush();
      continue;
    }
    if (!isProse(text[i]) && isTitleLike(text[i]) && wordCount(text[i]) <= 16) {
      if (run.length === 0) introduced = previous >= 0 && introducesList(text[previous]);
      run.push(i);
    } else flush();
    previous = i;
  }
  flush();
}

/**
 * Does the block introduce a list the story gives: a clause ending in a colon, of 3+ words with some in lower case
 * ("The summit was attended by:", "The delegation included:"), not a page's label ("Editor's picks:", "In other news:",
 * "WATCH:", "Keep reading:")?
 */
function introducesList(s: string): boolean {
  if (!/:\s*$/.test(s) || wordCount(s) < 3 || SITE_LABEL.test(s)) return false;
  return s.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
}

/** how pages label lists of their own links */
const SITE_LABEL = /^(?:read|see|watch|more|related|also|editor|top|latest|in other|keep|recommended|popular|trending|you may|don['’]t miss|most)\b/i;

function normal(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
