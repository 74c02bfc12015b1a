import type { BuildSummary } from '../pipeline';

/** The human-readable build report (stdout). Problems and duplicates are printed on stderr separately. */
export function formatSummary(summary: BuildSummary, out: string, wrote: boolean): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${wrote ? 'built' : 'unchanged'} ${out}: ${plural(summary.articles, 'article')} (${summary.added} new) from ${plural(summary.files, 'file')}, ` +
      `${summary.duplicates.length} skipped as duplicates, ${plural(summary.problems.length, 'problem')}`,
    `nodes: ${summary.nodes}${breakdown(summary.nodesByLabel)}`,
    `relationships: ${summary.relationships}${breakdown(summary.relationshipsByType)}`,
    `conflicts: ${summary.conflicts}${summary.conflicts > 0 ? ` (newsgraph conflicts --graph ${out})` : ''}`,
  ];
  return lines.join('\n') + '\n';
}

function breakdown(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([k, n]) => `${k} ${n}`);
  return parts.length ? `  (${parts.join(', ')})` : '';
}
