/**
 * Aggregation pushdown for `MATCH (a)-[:T]->(b) RETURN b.x, b.y, count(*) ...`: a grouped count over a
 * single-hop pattern whose grouping keys all read one node variable. When the planner scans the
 * relationship-type index for the hop, matches are counted per node slot in a typed array straight
 * from the index's columns (no row objects, no generators, no hashing per match); the property values
 * are read and grouped once per node afterwards. Any other plan at run time falls back to the ordinary row pipeline.
 */
import type * as A from '../syntax/ast';
import { groupKey } from '../values/equality';
import type { CypherValue } from '../values/types';
import type { ExecContext, Row } from './context';
import type { ExprCompiler } from './expressions';
import type { NodeAttrs } from './graphStore';
import { compilePattern, countTypedHops } from './patterns';
import type { TypeIndex } from './typeIndex';
import { topK } from './topK';
import { findAggregates, type CompiledProjection, type RowOp } from './projection';
import { fromStoreValue } from './storeValue';

/** one output column: a property of the grouped node, the node itself, or the match count */
type Column = { name: string; kind: 'prop'; key: string } | { name: string; kind: 'node' } | { name: string; kind: 'count' };

/**
 * The pushed-down operator for `clauses` = [MATCH, RETURN] of that shape, or null. `generic` runs the
 * same clauses the ordinary way (the fallback); `ret` is the RETURN's compiled projection.
 */
export function groupPushdown(clauses: A.Clause[], ec: ExprCompiler, ret: CompiledProjection, generic: RowOp): RowOp | null {
  if (clauses.length !== 2) return null;
  const [m, r] = clauses;
  if (m.kind !== 'Match' || m.optional || m.where || m.patterns.length !== 1 || r.kind !== 'Return') return null;
  const part = m.patterns[0];
  if (part.variable || part.shortest || part.rels.length !== 1 || part.rels[0].range || part.rels[0].types.length === 0) return null;
  const p = r.projection;
  if (p.star || p.distinct) return null;
  const vars = new Set<string>();
  for (const n of part.nodes) if (n.variable) vars.add(n.variable);
  if (part.rels[0].variable) vars.add(part.rels[0].variable);
  let grouped: string | null = null;
  const columns: Column[] = [];
  for (let i = 0; i < p.items.length; i++) {
    const e = p.items[i].expr;
    const name = ret.columns[i];
    let v: string | null = null;
    if (e.kind === 'CountStar' || (e.kind === 'FunctionCall' && e.name.toLowerCase() === 'count' && !e.distinct && e.args.length === 1 && e.args[0].kind === 'Variable' && vars.has(e.args[0].name))) {
      // pattern variables are never null in a non-optional match: count(v) = count(*)
      columns.push({ name, kind: 'count' });
      continue;
    }
    if (e.kind === 'Property' && e.object.kind === 'Variable') {
      v = e.object.name;
      columns.push({ name, kind: 'prop', key: e.key });
    } else if (e.kind === 'Variable') {
      v = e.name;
      columns.push({ name, kind: 'node' });
    } else return null;
    if (grouped !== null && v !== grouped) return null;
    grouped = v;
  }
  if (grouped === null || !columns.some((c) => c.kind === 'count')) return null;
  const side = part.nodes.findIndex((n) => n.variable === grouped);
  if (side < 0 || part.nodes[1 - side].variable === grouped) return null;
  // ORDER BY may read projected columns only (aggregates in it are computed as hidden columns)
  for (const s of p.orderBy ?? []) if (findAggregates(s.expr, ec).length > 0) return null;
  const { specs } = compilePattern(m.patterns, new Map(), ec);
  const spec = specs[0];
  const after = ret.after;
  // ORDER BY <a count column> [SKIP s] LIMIT l: only the first s + l groups in that order can come
  // out, so rows are built for those alone (chosen as a stable sort would: ties in group order)
  const order = p.orderBy?.length === 1 ? p.orderBy[0] : null;
  const byCount = order && order.expr.kind === 'Variable' && columns.some((c) => c.kind === 'count' && c.name === (order.expr as A.Variable).name) ? (order.descending ? -1 : 1) : 0;
  const { skip, limit } = ret;

  return (input, ctx) => {
    const rows = [...input];
    if (rows.length !== 1) return generic(rows, ctx);
    const counts = countTypedHops(spec, rows[0], ctx, side === 0 ? 0 : 1);
    if (!counts) return generic(rows, ctx);
    const k = byCount !== 0 && limit ? (skip ? skip(ctx) : 0) + limit(ctx) : Infinity;
    const out = groupRows(counts, ctx.store.typeIndex(), columns, ctx, k, byCount);
    return after ? after(out, ctx) : out;
  };
}

/**
 * Merge the per-node counts into groups of equal key values; one row per group, columns in RETURN
 * order, groups in order of their first node. With `k` finite, only the k groups a stable sort by
 * count (`dir` 1 ascending, -1 descending) puts first get rows (still in group order).
 */
function groupRows(counts: Int32Array, idx: TypeIndex, columns: Column[], ctx: ExecContext, k: number, dir: number): Row[] {
  const keyCols = columns.filter((c) => c.kind !== 'count');
  const single = keyCols.length === 1 && keyCols[0].kind === 'prop' ? keyCols[0].key : null;
  const column = single !== null ? idx.propertyColumn(single) : null;
  // group key -> group number; per group: its first node's slot and its total
  const groups = new Map<string, number>();
  const firstSlot: number[] = [];
  const totals: number[] = [];
  for (let slot = 0; slot < counts.length; slot++) {
    const n = counts[slot];
    if (n === 0) continue;
    let gk: string;
    if (column !== null) {
      // one property key, read from the index's column: strings group as they are, everything else
      // by its group key
      const raw = column[slot];
      gk = typeof raw === 'string' ? raw : '\u0000' + groupKey(raw === undefined ? null : fromStoreValue(raw));
    } else {
      gk = keyCols.map((c) => groupKey(valueOf(c, idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!, ctx))).join('\u0001');
    }
    const g = groups.get(gk);
    if (g !== undefined) totals[g] += n;
    else {
      groups.set(gk, totals.length);
      firstSlot.push(slot);
      totals.push(n);
    }
  }
  let chosen: number[] | null = null;
  if (k < totals.length) {
    const order = Array.from({ length: totals.length }, (_, i) => i);
    chosen = topK(order, k, (a, b) => (totals[a] - totals[b]) * dir).sort((a, b) => a - b);
  }
  const out: Row[] = [];
  const emit = (g: number): void => {
    const slot = firstSlot[g];
    const total = BigInt(totals[g]);
    const row: Row = {};
    for (const c of columns) row[c.name] = c.kind === 'count' ? total : valueOf(c, idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!, ctx);
    out.push(row);
  };
  if (chosen) for (const g of chosen) emit(g);
  else for (let g = 0; g < totals.length; g++) emit(g);
  return out;
}

function valueOf(c: Column, key: string, attrs: NodeAttrs, ctx: ExecContext): CypherValue {
  if (c.kind === 'node') return ctx.store.nodeValue(key, attrs);
  if (c.kind === 'prop') {
    const raw = attrs.properties[c.key];
    return raw === undefined ? null : fromStoreValue(raw);
  }
  return null;
}
