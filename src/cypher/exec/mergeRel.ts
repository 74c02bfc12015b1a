/**
 * The match half of `MERGE (a)-[r:T {k: e, ...}]->(b)` where a and b are bound by earlier clauses
 * (the shape of a batched relationship import): the planner's choice for that shape instead of the
 * general pattern matcher. It reads only the edges between a and b and checks type and properties on
 * the attribute objects. When both node values carry their slots (index lookups do), the shorter of
 * a's outgoing and b's incoming slot lists is scanned: no key lookup at all, and imports meet mostly
 * nodes of small degree; past SCAN_LIMIT entries, or without slots, graphology's pair adjacency is
 * read instead. Matching rules are the general matcher's (relOk in patterns.ts). Rows whose ends are
 * not live nodes go to the general matcher (null).
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import { NodeValue, RelationshipValue, type CypherValue } from '../values/types';
import { copyRow, extendRow, type ExecContext, type Fn, type Row, type Scope } from './context';
import type { ExprCompiler } from './expressions';
import type { EdgeAttrs } from './graphStore';
import type { MergeMatcher } from './nodeLookup';
import { fromStoreValue } from './storeValue';

/** the specialised matcher for `pattern`, or null when it has another shape */
export function compileMergeRelMatch(pattern: A.PatternPart, before: Scope, ec: ExprCompiler): MergeMatcher | null {
  if (pattern.variable || pattern.shortest || pattern.nodes.length !== 2 || pattern.rels.length !== 1) return null;
  const [na, nb] = pattern.nodes;
  const rel = pattern.rels[0];
  const boundEnd = (n: A.NodePattern) => !!n.variable && before.get(n.variable) === 'node' && n.labels.length === 0 && !n.properties;
  if (!boundEnd(na) || !boundEnd(nb) || rel.range || rel.types.length !== 1 || rel.direction === 'both') return null;
  if (rel.variable && before.has(rel.variable)) return null;
  if (rel.properties && rel.properties.kind !== 'Map') return null;
  const entries = rel.properties && rel.properties.kind === 'Map' ? rel.properties.entries : [];
  if (new Set(entries.map((e) => e.key)).size !== entries.length) return null;
  const keys = entries.map((e) => e.key);
  const fns: Fn[] = entries.map((e) => ec.compile(e.value, before));
  const type = rel.types[0];
  const [from, to] = rel.direction === 'out' ? [na.variable!, nb.variable!] : [nb.variable!, na.variable!];
  const rv = rel.variable;
  const values: CypherValue[] = new Array(fns.length);
  const propsMatch = (attrs: EdgeAttrs): boolean => {
    for (let i = 0; i < keys.length; i++) {
      const sv = attrs.properties[keys[i]];
      if (sv === undefined || equals(fromStoreValue(sv), values[i]) !== true) return false;
    }
    return true;
  };
  return (row, ctx) => {
    const s = row[from];
    const t = row[to];
    const g = ctx.store.graph;
    if (!(s instanceof NodeValue) || !(t instanceof NodeValue) || !ctx.store.isLive(s) || !ctx.store.isLive(t)) return null;
    for (let i = 0; i < fns.length; i++) {
      const x = fns[i](row, ctx);
      if (x === null) return NONE; // null never equals: nothing matches (creation then reports it)
      values[i] = x;
    }
    const store = ctx.store;
    const ss = store.slotHint(s);
    const ts = ss >= 0 ? store.slotHint(t) : -1;
    if (ts >= 0) {
      const idx = store.typeIndex();
      const outs = idx.outEdges[ss];
      const ins = idx.inEdges[ts];
      if (Math.min(outs.length, ins.length) <= SCAN_LIMIT) {
        let out: Row[] | null = null;
        const byOut = outs.length <= ins.length;
        const list = byOut ? outs : ins;
        // newest first, as graphology's pair lists; dead entries (deleted by this statement) skipped
        for (let i = list.length - 1; i >= 0; i--) {
          const e = list[i];
          if ((byOut ? idx.edgeDst[e] !== ts : idx.edgeSrc[e] !== ss) || idx.edgeSrc[e] < 0) continue;
          const attrs = idx.edgeAttrs[e]!;
          if (attrs.type !== type || !propsMatch(attrs)) continue;
          (out ??= []).push(rv ? extendRow(row, rv, new RelationshipValue(idx.edgeKeys[e]!)) : copyRow(row));
        }
        return out ?? NONE;
      }
    }
    // an import mostly merges relationships that are not there yet: one cheap test first
    if (!g.hasDirectedEdge(s.key, t.key)) return NONE;
    const out: Row[] = [];
    g.forEachOutEdge(s.key, t.key, (e, attrs) => {
      if (attrs.type !== type || !propsMatch(attrs)) return;
      out.push(rv ? extendRow(row, rv, new RelationshipValue(e)) : copyRow(row));
    });
    return out;
  };
}

const NONE: Row[] = [];
/** the longest adjacency list scanned before the pair adjacency is read instead */
const SCAN_LIMIT = 32;
