/**
 * The match half of `MERGE (a)-[r:T {k: e, ...}]->(b)` where a and b are bound by earlier clauses
 * (the shape of a batched relationship import): the planner's choice for that shape instead of the
 * general pattern matcher. It reads only the edges between a and b (graphology's pair adjacency)
 * and checks type and properties on the attribute objects. Matching rules are the general matcher's
 * (relOk in patterns.ts). Rows whose ends are not live nodes go to the general matcher (null).
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import { NodeValue, RelationshipValue, type CypherValue } from '../values/types';
import { copyRow, extendRow, type ExecContext, type Fn, type Row, type Scope } from './context';
import type { ExprCompiler } from './expressions';
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
    const out: Row[] = [];
    g.forEachOutEdge(s.key, t.key, (e, attrs) => {
      if (attrs.type !== type) return;
      for (let i = 0; i < keys.length; i++) {
        const sv = attrs.properties[keys[i]];
        if (sv === undefined || equals(fromStoreValue(sv), values[i]) !== true) return;
      }
      const r: Row = rv ? extendRow(row, rv, new RelationshipValue(e)) : copyRow(row);
      out.push(r);
    });
    return out;
  };
}

const NONE: Row[] = [];
