/**
 * Provenance shared by relationships and events: sources (article ids, sorted unique), evidence
 * (sentences, unique, in source order: by article id, then offset) and a combined confidence
 * 1 - prod(1 - c_i) over distinct statements (the same sentence counted once, at its highest confidence).
 */
import type { Evidence, Properties } from '../model/types';
import { compareStrings, sortedUnique } from './orderProperties';

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
export function combineConfidence(confidences: number[], decimals: number): number {
  let miss = 1;
  for (const c of confidences) miss *= 1 - clamp01(c);
  const f = 10 ** Math.max(1, decimals);
  return Math.min(1 - 1 / f, Math.max(1 / f, Math.round((1 - miss) * f) / f));
}

export function provenance(statements: Statement[], decimals: number): Properties {
  // the usual case (most relationships and events are stated once): what the general path below
  // gives for one statement, without its maps, sets and sorted copies
  if (statements.length === 1) {
    const s = statements[0];
    const sentence = s.evidence.sentence.trim();
    return { sources: [s.evidence.articleId], evidence: sentence ? [sentence] : [], confidence: combineConfidence([s.confidence], decimals) };
  }
  // one statement per sentence (article, offsets, text), at its highest confidence; keyed without the
  // sentence text, which is compared only on a rare offset collision (no long key string per statement)
  const best = new Map<string, Statement[]>();
  for (const s of statements) {
    const k = `${s.evidence.articleId}\u0000${s.evidence.start}\u0000${s.evidence.end}`;
    const list = best.get(k);
    if (!list) {
      best.set(k, [s]);
      continue;
    }
    const i = list.findIndex((t) => t.evidence.sentence === s.evidence.sentence);
    if (i < 0) list.push(s);
    else if (clamp01(s.confidence) > clamp01(list[i].confidence)) list[i] = s;
  }
  const ordered = [...best.values()].flat().sort(
    (a, b) =>
      compareStrings(a.evidence.articleId, b.evidence.articleId) ||
      a.evidence.start - b.evidence.start ||
      a.evidence.end - b.evidence.end ||
      compareStrings(a.evidence.sentence, b.evidence.sentence),
  );
  const sorted = [...ordered].sort((a, b) => clamp01(a.confidence) - clamp01(b.confidence));
  return {
    sources: sortedUnique(ordered.map((s) => s.evidence.articleId)),
    evidence: [...new Set(ordered.map((s) => s.evidence.sentence.trim()).filter(Boolean))],
    confidence: combineConfidence(sorted.map((s) => s.confidence), decimals),
  };
}
