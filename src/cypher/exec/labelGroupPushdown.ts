/**
 * Aggregation pushdown for `MATCH (n:Label) RETURN f(n), ..., count(*)`: grouped counts over the nodes
 * of a label, where every grouping key reads nothing but n. The label index is walked directly with
 * one scratch row (no row per node, no generator per match), the keys are evaluated by the ordinary
 * compiled expressions, and counts accumulate per group. The nodes come from the slot index's label
 * columns, and their property reads from its property columns (dense arrays, not each node's objects). The RETURN's ORDER BY/SKIP/LIMIT then run
 * on the groups.
 */
import type * as A from '../syntax/ast';
import { groupKey } from '../values/equality';
import { CypherError, type CypherValue } from '../values/types';
import type { ExecContext, Fn, Row } from './context';
import { tick } from './context';
import type { ExprCompiler } from './expressions';
import { findAggregates, forEachChild, type CompiledProjection, type RowOp } from './projection';
import type { SlotNode } from './graphStore';

/** the pushed-down operator for `clauses` = [MATCH (n:L...), RETURN] of that shape, or null */
export function labelGroupPushdown(clauses: A.Clause[], ec: ExprCompiler, ret: CompiledProjection, generic: RowOp): RowOp | null {
  if (clauses.length !== 2) return null;
  const [m, r] = clauses;
  if (m.kind !== 'Match' || m.optional || m.where || m.patterns.length !== 1 || r.kind !== 'Return') return null;
  const part = m.patterns[0];
  if (part.variable || part.shortest || part.nodes.length !== 1) return null;
  const node = part.nodes[0];
  if (!node.variable || node.labels.length === 0 || node.properties) return null;
  const v = node.variable;
  const p = r.projection;
  if (p.star || p.distinct) return null;
  for (const s of p.orderBy ?? []) if (findAggregates(s.expr, ec).length > 0) return null;
  const keys: { name: string; fn: Fn }[] = [];
  const countCols: string[] = [];
  for (let i = 0; i < p.items.length; i++) {
    const e = p.items[i].expr;
    const name = ret.columns[i];
    if (e.kind === 'CountStar' || (e.kind === 'FunctionCall' && e.name.toLowerCase() === 'count' && !e.distinct && e.args.length === 1 && e.args[0].kind === 'Variable' && e.args[0].name === v)) {
      countCols.push(name); // n is never null in a non-optional match: count(n) = count(*)
      continue;
    }
    if (findAggregates(e, ec).length > 0) return null;
    try {
      // compiled against a scope holding only n: anything else in the key is not this shape
      keys.push({ name, fn: ec.compile(e, new Map([[v, 'node']])) });
    } catch (err) {
      if (err instanceof CypherError) return null;
      throw err;
    }
  }
  if (countCols.length === 0) return null;
  const labels = node.labels;
  const after = ret.after;
  // keys that only read n's properties cannot keep n: one scratch node value serves every node
  const reuse = p.items.every((it) => readsOnlyProperties(it.expr, v));

  return (input, ctx) => {
    const rows = [...input];
    if (rows.length !== 1 || Object.keys(rows[0]).length > 0) return generic(rows, ctx);
    const out = groups(ctx, labels, v, keys, countCols, p.items.map((_, i) => ret.columns[i]), reuse);
    return after ? after(out, ctx) : out;
  };
}

function groups(ctx: ExecContext, labels: string[], v: string, keys: { name: string; fn: Fn }[], countCols: string[], columns: string[], reuse: boolean): Row[] {
  const store = ctx.store;
  // the label columns of the slot index: a scan over bytes, node values read from property columns
  const idx = store.typeIndex();
  const cols = labels.map((l) => idx.labelColumn(l));
  const first = cols[0];
  const byKey = new Map<string, { vals: CypherValue[]; n: number }>();
  const byValue = new Map<string | boolean | null, { vals: CypherValue[]; n: number }>();
  // groups in order of their first node, whichever map holds them
  const all: { vals: CypherValue[]; n: number }[] = [];
  const scratch: Row = {};
  const end = Math.min(idx.slotCount, first.length);
  let cursor: SlotNode | null = null;
  const cur: CypherValue[] = new Array(keys.length);
  for (let slot = 0; slot < end; slot++) {
    if (first[slot] !== 1) continue;
    if (cols.length > 1 && !cols.every((c) => c[slot] === 1)) continue;
    tick(ctx);
    if (!reuse || cursor === null) scratch[v] = cursor = store.slotNodeValue(slot);
    else cursor.moveTo(slot, idx.nodeKeys[slot]!, idx.nodeAttrs[slot]!);
    if (keys.length === 1) {
      // one key whose value is a boolean, a string or null is its own group key (a Map tells true
      // from 'true'); other values (numbers: 1 = 1.0) go through groupKey
      const x = keys[0].fn(scratch, ctx);
      const direct = x === null || typeof x === 'boolean' || typeof x === 'string';
      const gk = direct ? x : groupKey(x);
      const byVal = direct ? byValue : byKey;
      const g = byVal.get(gk as string);
      if (g) g.n++;
      else {
        const ng = { vals: [x], n: 1 };
        byVal.set(gk as string, ng);
        all.push(ng);
      }
      continue;
    }
    let gk = '';
    for (let i = 0; i < keys.length; i++) {
      const x = keys[i].fn(scratch, ctx);
      cur[i] = x;
      gk = i === 0 ? groupKey(x) : gk + '\u0001' + groupKey(x);
    }
    const g = byKey.get(gk);
    if (g) g.n++;
    else {
      const ng = { vals: cur.slice(), n: 1 };
      byKey.set(gk, ng);
      all.push(ng);
    }
  }
  // no grouping keys: one row even over no nodes (count 0), as the general aggregation gives
  if (keys.length === 0 && all.length === 0) all.push({ vals: [], n: 0 });
  const out: Row[] = [];
  for (const { vals, n } of all) {
    const byName: Row = {};
    for (let i = 0; i < keys.length; i++) byName[keys[i].name] = vals[i];
    for (const c of countCols) byName[c] = BigInt(n);
    const row: Row = {};
    for (const c of columns) row[c] = byName[c];
    out.push(row);
  }
  return out;
}

/** whether `v` occurs in `e` only as the object of property reads (`v.key`), outside nested patterns */
function readsOnlyProperties(e: A.Expr, v: string): boolean {
  if (e.kind === 'Variable') return e.name !== v;
  if (e.kind === 'Property' && e.object.kind === 'Variable') return true;
  if (e.kind === 'PatternPredicate' || e.kind === 'PatternComprehension' || e.kind === 'Exists' || e.kind === 'MapProjection') return false;
  let ok = true;
  forEachChild(e, (c) => {
    ok = ok && readsOnlyProperties(c, v);
  });
  return ok;
}
