/**
 * Aggregation pushdown for `MATCH (a)-[:T]->(b) RETURN b.x, b.y, count(*) ...`: a grouped count over a
 * single-hop pattern whose grouping keys all read one node variable. When the planner scans the
 * relationship-type index for the hop, matches are counted per node key straight from the index
 * entries (no row objects, no generators per match); the property values are read and grouped once
 * per node afterwards. Any other plan at run time falls back to the ordinary row pipeline.
 */
import type * as A from '../syntax/ast';
import { groupKey } from '../values/equality';
import type { CypherValue } from '../values/types';
import type { ExecContext, Row } from './context';
import type { ExprCompiler } from './expressions';
import type { NodeAttrs } from './graphStore';
import { compilePattern, visitTypedHops } from './patterns';
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
    // counts per node, keyed by the node's attribute object (identity hashing: cheaper than strings)
    const perNode = new Map<NodeAttrs, number>();
    const keys = new Map<NodeAttrs, string>();
    const count = (key: string, attrs: NodeAttrs): void => {
      const n = perNode.get(attrs);
      if (n !== undefined) perNode.set(attrs, n + 1);
      else {
        perNode.set(attrs, 1);
        keys.set(attrs, key);
      }
    };
    const visited = visitTypedHops(spec, rows[0], ctx, side === 0 ? (lk, la) => count(lk, la) : (_lk, _la, rk, ra) => count(rk, ra));
    if (!visited) return generic(rows, ctx);
    const out = groupRows(perNode, keys, columns, ctx);
    return after ? after(out, ctx) : out;
  };
}

/** merge the per-node counts into groups of equal key values; one row per group, columns in RETURN order */
function groupRows(perNode: Map<NodeAttrs, number>, keys: Map<NodeAttrs, string>, columns: Column[], ctx: ExecContext): Row[] {
  const keyCols = columns.filter((c) => c.kind !== 'count');
  const single = keyCols.length === 1 && keyCols[0].kind === 'prop' ? keyCols[0].key : null;
  const groups = new Map<string, { row: Row; n: number }>();
  const out: { row: Row; n: number }[] = [];
  for (const [attrs, n] of perNode) {
    const key = keys.get(attrs)!;
    let gk: string;
    if (single !== null) {
      // one property key: strings group as they are, everything else by its group key
      const raw = attrs.properties[single];
      gk = typeof raw === 'string' ? raw : '\u0000' + groupKey(raw === undefined ? null : fromStoreValue(raw));
    } else {
      gk = keyCols.map((c) => groupKey(valueOf(c, key, attrs, ctx))).join('\u0001');
    }
    const g = groups.get(gk);
    if (g) {
      g.n += n;
      continue;
    }
    const row: Row = {};
    for (const c of keyCols) row[c.name] = valueOf(c, key, attrs, ctx);
    const ng = { row, n };
    groups.set(gk, ng);
    out.push(ng);
  }
  return out.map(({ row, n }) => {
    const ordered: Row = {};
    for (const c of columns) ordered[c.name] = c.kind === 'count' ? BigInt(n) : row[c.name];
    return ordered;
  });
}

function valueOf(c: Column, key: string, attrs: NodeAttrs, ctx: ExecContext): CypherValue {
  if (c.kind === 'node') return ctx.store.nodeValue(key, attrs);
  if (c.kind === 'prop') {
    const raw = attrs.properties[c.key];
    return raw === undefined ? null : fromStoreValue(raw);
  }
  return null;
}
