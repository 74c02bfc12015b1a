/**
 * The report's headline figures as a flat record (metric name -> number): what CI commits as a baseline
 * and compares against. Names: `entities.f1`, `entities.Person.f1`, `relationships.LEADER_OF.f1`,
 * `events.f1`, `conflicts.recall`, `provenance.rate`, `furniture.count`, `duplicates.count`.
 */
import type { Report } from './scoreGraph';

export type Metrics = Record<string, number>;

/** Metrics where a higher number is worse. */
export const LOWER_IS_BETTER = (metric: string): boolean => metric.endsWith('.count');

const round = (x: number) => Math.round(x * 10000) / 10000;

export function summarizeReport(report: Report): Metrics {
  const m: Metrics = {};
  const add = (prefix: string, part: { byLabel?: Record<string, { f1: number }>; byType?: Record<string, { f1: number }>; overall: { precision: number; recall: number; f1: number } }) => {
    m[`${prefix}.precision`] = round(part.overall.precision);
    m[`${prefix}.recall`] = round(part.overall.recall);
    m[`${prefix}.f1`] = round(part.overall.f1);
    for (const [k, v] of Object.entries(part.byLabel ?? part.byType ?? {})) m[`${prefix}.${k}.f1`] = round(v.f1);
  };
  add('entities', report.entities);
  add('relationships', report.relationships);
  add('events', report.events);
  m['conflicts.recall'] = round(report.conflicts.expected === 0 ? 1 : report.conflicts.found / report.conflicts.expected);
  m['provenance.rate'] = round(report.provenance.rate);
  m['furniture.count'] = report.furniture.count;
  m['duplicates.count'] = report.duplicates.count;
  return m;
}
