/**
 * What the details panel shows, computed from the graph: properties worth listing, provenance
 * (evidence, confidence, sources), conflicting claims with who claims what, relationships grouped by type,
 * and an article's text split around the evidence sentence for highlighting.
 */
import type { ViewerGraphology } from './buildGraph';

const BOOKKEEPING = new Set(['id', 'name', 'aliases', 'evidence', 'sources', 'confidence', 'conflicts', 'text']);

export function displayProperties(p: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(p)) {
    if (BOOKKEEPING.has(k) || /_(values|sources)$/.test(k)) continue;
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out.push([k, Array.isArray(v) ? v.map(String).join(', ') : String(v)]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

export interface Provenance {
  evidence: string[];
  sources: string[];
  confidence: number | null;
}

export function provenanceOf(p: Record<string, unknown>): Provenance {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
  return {
    evidence: strings(p.evidence),
    sources: strings(p.sources),
    confidence: typeof p.confidence === 'number' ? p.confidence : null,
  };
}

export interface Conflict {
  property: string;
  /** the value kept in `property` */
  chosen: string;
  claims: Array<{ value: string; sources: string[] }>;
}

/** the `conflicts` list read through `P_values`/`P_sources` (docs/store-format.md) */
export function conflictsOf(p: Record<string, unknown>): Conflict[] {
  const names = Array.isArray(p.conflicts) ? p.conflicts.filter((x): x is string => typeof x === 'string') : [];
  return names.map((property) => {
    const values = Array.isArray(p[`${property}_values`]) ? (p[`${property}_values`] as unknown[]) : [];
    const sources = Array.isArray(p[`${property}_sources`]) ? (p[`${property}_sources`] as unknown[]) : [];
    const claims: Conflict['claims'] = [];
    values.forEach((v, i) => {
      const value = String(v);
      let c = claims.find((x) => x.value === value);
      if (!c) claims.push((c = { value, sources: [] }));
      if (sources[i] !== undefined) c.sources.push(String(sources[i]));
    });
    return { property, chosen: p[property] === undefined ? '' : String(p[property]), claims };
  });
}

export interface RelationItem {
  edge: string;
  other: string;
  otherName: string;
  otherLabel: string;
  direction: 'out' | 'in';
}

export interface RelationGroup {
  type: string;
  direction: 'out' | 'in';
  items: RelationItem[];
}

/** relationships of a node grouped by (type, direction), outgoing first, then by type and name */
export function relationsByType(graph: ViewerGraphology, node: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  if (!graph.hasNode(node)) return [];
  graph.forEachEdge(node, (edge, a, s, t) => {
    const direction = s === node ? 'out' : 'in';
    const other = direction === 'out' ? t : s;
    const id = `${direction}\u0000${a.relType}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { type: a.relType, direction, items: [] }));
    const o = graph.getNodeAttributes(other);
    g.items.push({ edge, other, otherName: o.name, otherLabel: o.nodeLabel, direction });
  });
  const list = [...groups.values()];
  for (const g of list) g.items.sort((a, b) => a.otherName.localeCompare(b.otherName) || (a.edge < b.edge ? -1 : 1));
  return list.sort((a, b) => (a.direction === b.direction ? (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) : a.direction === 'out' ? -1 : 1));
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The text cut around every occurrence of the sentences (exact match, else with whitespace runs
 * matched loosely). Concatenating the segments gives the text back.
 */
export function highlightSegments(text: string, sentences: string[]): Segment[] {
  const ranges: Array<[number, number]> = [];
  for (const s of sentences) {
    const needle = s.trim();
    if (needle === '') continue;
    let i = text.indexOf(needle);
    if (i >= 0) {
      while (i >= 0) {
        ranges.push([i, i + needle.length]);
        i = text.indexOf(needle, i + needle.length);
      }
      continue;
    }
    const pattern = needle.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    for (const m of text.matchAll(new RegExp(pattern, 'g'))) ranges.push([m.index!, m.index! + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const s = Math.max(start, at);
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(s, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
