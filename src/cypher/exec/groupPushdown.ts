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

  return (input, ctx) => {
    const rows = [...input];
    if (rows.length !== 1) return generic(rows, ctx);
    const counts = countTypedHops(spec, rows[0], ctx, side === 0 ? 0 : 1);
    if (!counts) return generic(rows, ctx);
    const out = groupRows(counts, ctx.store.typeIndex(), columns, ctx);
    return after ? after(out, ctx) : out;
  };
}

/** merge the per-node counts into groups of equal key values; one row per group, columns in RETURN order */
function groupRows(counts: Int32Array, idx: TypeIndex, columns: Column[], ctx: ExecContext): Row[] {
  const keyCols = columns.filter((c) => c.kind !== 'count');
  const countCols = columns.filter((c) => c.kind === 'count').map((c) => c.name);
  const single = keyCols.length === 1 && keyCols[0].kind === 'prop' ? keyCols[0].key : null;
  const column = single !== null ? idx.propertyColumn(single) : null;
  // group key -> position in out / totals
  const groups = new Map<string, number>();
  const out: Row[] = [];
  const totals: number[] = [];
  for (let slot = 0; slot < counts.length; slot++) {
    const n = counts[slot];
    if (n === 0) continue;
    let gk: string;
    let value: CypherValue = null;
    if (column !== null) {
      // one property key, read from the index's column: strings group as they are, everything else
      // by its group key
      const raw = column[slot];
      if (typeof raw === 'string') gk = value = raw;
      else {
        value = raw === undefined ? null : fromStoreValue(raw);
        gk = '\u0000' + groupKey(value);
      }
    } else {
      gk = keyCols.map((c) => groupKey(valueOf(c, idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!, ctx))).join('\u0001');
    }
    const g = groups.get(gk);
    if (g !== undefined) {
      totals[g] += n;
      continue;
    }
    const row: Row = {};
    for (const c of columns) row[c.name] = c.kind === 'count' ? null : column !== null ? value : valueOf(c, idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!, ctx);
    groups.set(gk, out.length);
    out.push(row);
    totals.push(n);
  }
  for (let i = 0; i < out.length; i++) {
    const total = BigInt(totals[i]);
    for (const c of countCols) out[i][c] = total;
  }
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
