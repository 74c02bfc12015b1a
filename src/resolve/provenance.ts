/**
 * Provenance shared by relationships and events: sources (article ids, sorted unique), evidence
 * (sentences, unique, in source order: by article id, then offset) and a combined confidence
 * 1 - prod(1 - c_i) over distinct statements (the same sentence counted once, at its highest confidence).
 */
import { compareStrings } from '../model/compareStrings';
import type { Evidence, Properties } from '../model/types';

export interface Statement {
  evidence: Evidence;
  confidence: number;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/**
 * Never exactly 0 or 1: no extracted fact is certain or impossible, and an integral value would read
 * back as an INTEGER from the store (docs/store-format.md), while confidence is a FLOAT.
 */
export function combineConfidence(confidences: readonly number[] | Float64Array, decimals: number): number {
  let miss = 1;
  for (const c of confidences) miss *= 1 - clamp01(c);
  const f = 10 ** Math.max(1, decimals);
  return Math.min(1 - 1 / f, Math.max(1 / f, Math.round((1 - miss) * f) / f));
}

/** sources, evidence and combined confidence of a fact's statements; keys in sorted order (confidence, evidence, sources) */
export function provenance(statements: Statement[], decimals: number): Properties {
  // the usual case (most relationships and events are stated once): what the general path below
  // gives for one statement, without its maps, sets and sorted copies
  if (statements.length === 1) {
    const s = statements[0];
    const sentence = s.evidence.sentence.trim();
    return { confidence: combineConfidence([s.confidence], decimals), evidence: sentence ? [sentence] : [], sources: [s.evidence.articleId] };
  }
  // one statement per sentence (article, offsets, text), at its highest confidence: sorted by sentence,
  // then one pass over runs of the same sentence (no map, key strings or groups per statement)
  const ordered = statements.slice().sort(
    (a, b) =>
      compareStrings(a.evidence.articleId, b.evidence.articleId) ||
      a.evidence.start - b.evidence.start ||
      a.evidence.end - b.evidence.end ||
      compareStrings(a.evidence.sentence, b.evidence.sentence),
  );
  const sources: string[] = [];
  const evidence = new Set<string>();
  // the clamped confidence of each distinct sentence; only the clamped values enter combineConfidence
  const confidences = new Float64Array(ordered.length);
  let distinct = 0;
  let prev: Evidence | undefined;
  for (const s of ordered) {
    const e = s.evidence;
    const c = clamp01(s.confidence);
    if (prev && prev.articleId === e.articleId && prev.start === e.start && prev.end === e.end && prev.sentence === e.sentence) {
      if (c > confidences[distinct - 1]) confidences[distinct - 1] = c;
      continue;
    }
    if (!prev || prev.articleId !== e.articleId) sources.push(e.articleId);
    const sentence = e.sentence.trim();
    if (sentence) evidence.add(sentence);
    confidences[distinct++] = c;
    prev = e;
  }
  // multiplied in ascending order, as before (the product's rounding depends on the order)
  const sorted = confidences.subarray(0, distinct).sort();
  return { confidence: combineConfidence(sorted, decimals), evidence: [...evidence], sources };
}
