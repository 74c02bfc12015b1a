/**
 * `newsgraph export csv`: files for `neo4j-admin database import full`, and the reader that loads them
 * back (used by `newsgraph import csv` and the round-trip test).
 *
 *   nodes_<Label>.csv   id:ID,<prop>:<type>,...,:LABEL
 *   rels_<TYPE>.csv     :START_ID,:END_ID,:TYPE,id,<prop>:<type>,...
 *
 * One global id space (our ids are unique across labels). Types per column: string, long, double,
 * boolean, date/datetime/... for temporal tags, and `[]` arrays; a column whose values mix types is
 * written as string (JSON text). Array elements are separated by U+001F (not `;`, which evidence
 * sentences contain), so the import needs `--array-delimiter="\031"`; article text has newlines, so
 * `--multiline-fields=true`. See the README for the full command.
 */
import { formatError } from '../../model/errors';
import type { NewsGraph } from '../../store/types';
import { temporalFunction, temporalTypeOfColumn } from './temporalNames';

export const ARRAY_DELIMITER = '\u001f';

type ColType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime' | 'duration';

interface Column {
  name: string;
  type: ColType;
  array: boolean;
  /** values disagree in type: written as JSON text */
  mixed: boolean;
}

function scalarType(v: unknown): ColType | null {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  const t = v as { $int?: string; $float?: string; $temporal?: string };
  if (t && typeof t.$int === 'string') return 'long';
  if (t && typeof t.$float === 'string') return 'double';
  if (t && typeof t.$temporal === 'string') return (temporalFunction(t.$temporal) as ColType | undefined) ?? null;
  return null;
}

function inferColumns(rows: Record<string, unknown>[], skip: Set<string>): Column[] {
  const cols = new Map<string, Column>();
  for (const props of rows) {
    for (const [name, v] of Object.entries(props)) {
      if (skip.has(name) || v === null || v === undefined) continue;
      const array = Array.isArray(v);
      const types = (array ? (v as unknown[]) : [v]).map(scalarType);
      let col = cols.get(name);
      for (const t of types) {
        if (!col) {
          col = { name, type: t ?? 'string', array, mixed: t === null };
          cols.set(name, col);
        } else {
          const widened = col.type === 'long' && t === 'double' ? 'double' : col.type === 'double' && t === 'long' ? 'double' : col.type;
          if (t === null || widened !== (t === 'long' && col.type === 'double' ? 'double' : t) || col.array !== array) col.mixed = true;
          col.type = widened;
        }
      }
      if (!col) cols.set(name, { name, type: 'string', array, mixed: false });
    }
  }
  for (const c of cols.values()) if (c.mixed) Object.assign(c, { type: 'string', array: false });
  return [...cols.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function csvField(s: string): string {
  return /[",\n\r\u001f]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

function scalarText(v: unknown, type: ColType): string {
  if (typeof v === 'number') return type === 'double' && Number.isInteger(v) ? `${v}.0` : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  const t = v as { $int?: string; $float?: string; value?: string };
  if (typeof t.$int === 'string') return t.$int;
  if (typeof t.$float === 'string') return t.$float;
  if (typeof t.value === 'string') return t.value;
  return JSON.stringify(v);
}

function cell(v: unknown, col: Column): string {
  if (v === null || v === undefined) return '';
  if (col.mixed) return csvField(JSON.stringify(v));
  if (col.array) return csvField((v as unknown[]).map((x) => scalarText(x, col.type)).join(ARRAY_DELIMITER));
  return csvField(scalarText(v, col.type));
}

const header = (c: Column) => csvField(`${c.name}:${c.type}${c.array ? '[]' : ''}`);

export interface CsvFile {
  name: string;
  content: string;
}

export function writeNeo4jCsv(graph: NewsGraph): CsvFile[] {
  const files: CsvFile[] = [];
  const byLabel = new Map<string, string[]>();
  for (const key of graph.nodes().sort()) {
    const labels = graph.getNodeAttribute(key, 'labels');
    const label = labels.join(';') || 'Node';
    byLabel.set(label, [...(byLabel.get(label) ?? []), key]);
  }
  const idOf = (key: string) => {
    const id = graph.getNodeAttributes(key).properties.id;
    return typeof id === 'string' ? id : key;
  };
  for (const [label, keys] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) {
    const props = keys.map((k) => graph.getNodeAttributes(k).properties as Record<string, unknown>);
    const cols = inferColumns(props, new Set(['id']));
    const lines = [['id:ID', ...cols.map(header), ':LABEL'].join(',')];
    keys.forEach((k, i) => lines.push([csvField(idOf(k)), ...cols.map((c) => cell(props[i][c.name], c)), csvField(label)].join(',')));
    files.push({ name: `nodes_${label.replace(/[^A-Za-z0-9_]/g, '_')}.csv`, content: lines.join('\n') + '\n' });
  }
  const byType = new Map<string, string[]>();
  for (const key of graph.edges().sort()) {
    const type = graph.getEdgeAttribute(key, 'type');
    byType.set(type, [...(byType.get(type) ?? []), key]);
  }
  for (const [type, keys] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const props = keys.map((k) => graph.getEdgeAttributes(k).properties as Record<string, unknown>);
    const cols = inferColumns(props, new Set(['id']));
    const lines = [[':START_ID', ':END_ID', ':TYPE', 'id:string', ...cols.map(header)].join(',')];
    keys.forEach((k, i) =>
      lines.push(
        [csvField(idOf(graph.source(k))), csvField(idOf(graph.target(k))), csvField(type), csvField(k), ...cols.map((c) => cell(props[i][c.name], c))].join(','),
      ),
    );
    files.push({ name: `rels_${type.replace(/[^A-Za-z0-9_]/g, '_')}.csv`, content: lines.join('\n') + '\n' });
  }
  return files;
}

/** RFC 4180 records, with quoted fields that may span lines. */
export function parseCsv(text: string, file: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) throw formatError(`import csv: ${file}`, 'a quoted field is not closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readScalar(text: string, type: string, file: string): unknown {
  switch (type) {
    case 'string':
      return text;
    case 'boolean':
      return text === 'true';
    case 'long': {
      const n = BigInt(text);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : { $int: text };
    }
    case 'double': {
      const n = Number(text);
      return Number.isInteger(n) || !Number.isFinite(n) ? { $float: text.replace(/\.0$/, '') } : n;
    }
    default:
      if (temporalTypeOfColumn(type)) return { $temporal: temporalTypeOfColumn(type), value: text };
      throw formatError(`import csv: ${file}`, `unknown column type '${type}'`);
  }
}

function readCell(text: string, spec: string, file: string): unknown {
  const array = spec.endsWith('[]');
  const type = array ? spec.slice(0, -2) : spec;
  if (array) return text === '' ? [] : text.split(ARRAY_DELIMITER).map((x) => readScalar(x, type, file));
  if (type === 'string' && /^[[{]/.test(text)) {
    try {
      const parsed = JSON.parse(text);
      if (typeof parsed === 'object') return parsed;
    } catch {
      /* plain text that starts with a bracket */
    }
  }
  return readScalar(text, type, file);
}

export interface CsvGraphData {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { id: string; type: string; from: string; to: string; properties: Record<string, unknown> }[];
}

/** Reads files written by writeNeo4jCsv back into plain records. */
export function readNeo4jCsv(files: CsvFile[]): CsvGraphData {
  const out: CsvGraphData = { nodes: [], relationships: [] };
  for (const f of files) {
    const [head, ...rows] = parseCsv(f.content, f.name);
    if (!head) continue;
    const specs = head.map((h) => {
      const at = h.lastIndexOf(':');
      return at <= 0 ? { name: h, type: '' } : { name: h.slice(0, at), type: h.slice(at + 1) };
    });
    const isRel = head[0] === ':START_ID';
    for (const r of rows) {
      if (r.length === 1 && r[0] === '') continue;
      if (r.length !== head.length) throw formatError(`import csv: ${f.name}`, `a row has ${r.length} fields, the header ${head.length}`);
      const properties: Record<string, unknown> = {};
      let id = '';
      let labels: string[] = [];
      let from = '';
      let to = '';
      let type = '';
      specs.forEach((s, i) => {
        const h = head[i];
        if (h === 'id:ID') id = r[i];
        else if (h === ':LABEL') labels = r[i].split(';').filter(Boolean);
        else if (h === ':START_ID') from = r[i];
        else if (h === ':END_ID') to = r[i];
        else if (h === ':TYPE') type = r[i];
        else if (h === 'id:string' && isRel) id = r[i];
        else if (r[i] !== '') properties[s.name] = readCell(r[i], s.type, f.name);
      });
      if (isRel) out.relationships.push({ id, type, from, to, properties });
      else out.nodes.push({ id, labels, properties: { id, ...properties } });
    }
  }
  return out;
}
