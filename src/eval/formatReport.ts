/**
 * A Report as plain text: one aligned table of precision/recall/F1 rows (entities by label, relationships
 * by type, events by type), then the checks (conflicts, provenance, furniture, duplicates), then the
 * details (what was missed, what was extra) up to `maxDetails` lines per list.
 */
import type { PRF } from './prf';
import type { Report } from './scoreGraph';

export interface FormatOptions {
  /** lines per detail list; 0 hides the details. Default 10. */
  maxDetails?: number;
}

function table(rows: string[][], rightAlignFrom: number): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c >= rightAlignFrom ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

const f = (x: number) => x.toFixed(3);

export function formatReport(report: Report, options: FormatOptions = {}): string {
  const max = options.maxDetails ?? 10;
  const rows: string[][] = [['section', 'name', 'gold', 'found', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1']];
  const row = (section: string, name: string, p: PRF) =>
    rows.push([section, name, String(p.tp + p.fn), String(p.tp + p.fp), String(p.tp), String(p.fp), String(p.fn), f(p.precision), f(p.recall), f(p.f1)]);
  const group = (section: string, parts: Record<string, PRF>, overall: PRF) => {
    for (const [name, p] of Object.entries(parts)) row(section, name, p);
    row(section, 'ALL', overall);
  };
  group('entities', report.entities.byLabel, report.entities.overall);
  group('relationships', report.relationships.byType, report.relationships.overall);
  group('events', report.events.byType, report.events.overall);

  const checks: string[][] = [
    ['check', 'result'],
    ['articles', `${report.articles.found}/${report.articles.expected} found`],
    ['conflicts', `${report.conflicts.found}/${report.conflicts.expected} found`],
    ['provenance', `${report.provenance.verbatim}/${report.provenance.checked} verbatim (${(report.provenance.rate * 100).toFixed(1)}%)`],
    ['furniture', `${report.furniture.count} forbidden name(s) as nodes`],
    ['duplicates', `${report.duplicates.count} extra node(s) for one gold entity`],
  ];

  const details: string[] = [];
  const list = (title: string, items: string[]) => {
    if (max === 0 || items.length === 0) return;
    details.push(`${title} (${items.length}):`);
    for (const s of items.slice(0, max)) details.push(`  ${s}`);
    if (items.length > max) details.push(`  ... ${items.length - max} more`);
  };
  list('missing articles', report.articles.missing);
  list('entities missed', report.entities.missed.map((e) => `${e.label} ${e.name}`));
  list('entities extra', report.entities.extra.map((e) => `${e.label} ${e.name} [${e.id}]`));
  list('entities under another label', report.entities.labelMismatches.map((m) => `${m.gold}: gold ${m.goldLabel}, node ${m.node.label} [${m.node.id}]`));
  list('duplicates', report.duplicates.groups.map((d) => `${d.label} ${d.gold}: ${d.nodes.map((n) => n.id).join(', ')}`));
  list('furniture', report.furniture.hits.map((h) => `"${h.forbidden}" in ${h.label} ${h.name} [${h.id}]`));
  list('relationships missed', report.relationships.missed);
  list('relationships extra', report.relationships.extra);
  list('property mismatches', report.relationships.propertyMismatches.map((m) => `${m.fact}: ${m.property} expected ${m.expected}, got ${m.actual.join(' | ') || 'nothing'}`));
  list('events missed', report.events.missed);
  list('events extra', report.events.extra);
  list('conflicts missing', report.conflicts.missing.map((c) => `${c.conflict} (${c.reason})`));
  list('provenance problems', report.provenance.problems.map((p) => `${p.id}: ${p.problem}${p.evidence ? `: "${p.evidence.slice(0, 80)}"` : ''}`));

  return [`gold: ${report.gold}`, '', table(rows, 2), '', table(checks, checks[0].length), ...(details.length ? ['', ...details] : [])].join('\n') + '\n';
}
