/**
 * Query results for people and machines: an aligned text table (values in Cypher's display form),
 * JSON (plain JS values, big integers as strings) and CSV (RFC 4180; lists and maps as JSON).
 */
import type { CypherValue, GraphAccess } from '../../cypher/values/types';
import { formatValue } from '../../cypher/values/format';
import { toJs, type JsValue } from '../../cypher';

export type ResultFormat = 'table' | 'json' | 'csv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'csv'];

export interface ResultSet {
  columns: string[];
  rows: CypherValue[][];
  access: GraphAccess;
}

const MAX_CELL = 80;

function cellText(v: CypherValue, access: GraphAccess): string {
  const s = typeof v === 'string' ? v : formatValue(v, access);
  const oneLine = s.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > MAX_CELL ? `${oneLine.slice(0, MAX_CELL - 1)}…` : oneLine;
}

export function formatTable(r: ResultSet): string {
  if (!r.columns.length) return '';
  const cells = r.rows.map((row) => row.map((v) => cellText(v, r.access)));
  const widths = r.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return [rule, line(r.columns), rule, ...cells.map(line), rule].join('\n') + '\n';
}

function jsonSafe(v: JsValue): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonSafe(x)]));
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

export function toJsonRows(r: ResultSet): Record<string, unknown>[] {
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, jsonSafe(toJs(row[i], r.access))])));
}

export function formatJson(r: ResultSet): string {
  return JSON.stringify({ columns: r.columns, rows: toJsonRows(r) }, null, 2) + '\n';
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(r: ResultSet): string {
  const rows = toJsonRows(r);
  const out = [r.columns.map(csvField).join(',')];
  for (const row of rows) {
    out.push(
      r.columns
        .map((c) => {
          const v = row[c];
          if (v === null || v === undefined) return '';
          return csvField(typeof v === 'object' ? JSON.stringify(v) : String(v));
        })
        .join(','),
    );
  }
  return out.join('\n') + '\n';
}

export function formatResult(r: ResultSet, format: ResultFormat): string {
  return format === 'json' ? formatJson(r) : format === 'csv' ? formatCsv(r) : formatTable(r);
}
