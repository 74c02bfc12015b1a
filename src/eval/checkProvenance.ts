/**
 * Provenance: every Event and every relationship other than MENTIONS must carry evidence, and each evidence
 * sentence must occur verbatim (exact substring) in the text of one of its source articles. Article texts
 * come from the Article nodes' `text` property, or from `texts` (article id -> text) when given.
 */
import type { GraphBatch } from '../model/types';
import { stringList } from './nodeForms';

export interface ProvenanceProblem {
  /** node or relationship id */
  id: string;
  problem: 'no-evidence' | 'not-verbatim' | 'no-source-text';
  /** the evidence sentence at fault, when there is one */
  evidence?: string;
}

export interface ProvenanceScores {
  /** facts and events checked */
  checked: number;
  /** of those, how many have evidence found verbatim in a source */
  verbatim: number;
  rate: number;
  problems: ProvenanceProblem[];
}

export function checkProvenance(batch: GraphBatch, texts?: Record<string, string>): ProvenanceScores {
  const textOf = new Map<string, string>();
  for (const n of batch.nodes) {
    if (n.label === 'Article' && typeof n.properties.text === 'string') textOf.set(n.id, n.properties.text);
  }
  for (const [id, t] of Object.entries(texts ?? {})) textOf.set(id, t);

  const items = [
    ...batch.nodes.filter((n) => n.label === 'Event').map((n) => ({ id: n.id, properties: n.properties })),
    ...batch.edges.filter((e) => e.type !== 'MENTIONS').map((e) => ({ id: e.id, properties: e.properties })),
  ];
  const out: ProvenanceScores = { checked: items.length, verbatim: 0, rate: 1, problems: [] };
  for (const item of items) {
    const evidence = stringList(item.properties.evidence).filter((s) => s.trim() !== '');
    if (evidence.length === 0) {
      out.problems.push({ id: item.id, problem: 'no-evidence' });
      continue;
    }
    const sources = stringList(item.properties.sources)
      .map((s) => textOf.get(s))
      .filter((t): t is string => t !== undefined);
    if (sources.length === 0) {
      out.problems.push({ id: item.id, problem: 'no-source-text' });
      continue;
    }
    const bad = evidence.find((s) => !sources.some((t) => t.includes(s)));
    if (bad !== undefined) out.problems.push({ id: item.id, problem: 'not-verbatim', evidence: bad });
    else out.verbatim++;
  }
  out.rate = out.checked === 0 ? 1 : out.verbatim / out.checked;
  return out;
}
