/**
 * Matching `(v:Label {k1: e1, k2: e2, ...})`, a lone unbound node with a label and a literal property
 * map, in MATCH or MERGE (the shape of lookups by id and of batched node imports): the planner's choice
 * for that shape instead of the general pattern matcher. It reads the (label, k1) index postings, which
 * carry each node's attribute object: no property Map, no generator, no per-row scratch arrays.
 * Matching rules are the general matcher's (nodeOk in patterns.ts): every label present, every property
 * equal (`=` is true); a null value matches nothing (MERGE's creation then reports it).
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import type { CypherValue, NodeValue } from '../values/types';
import { copyRow, extendRow, type ExecContext, type Fn, type Row, type Scope } from './context';
import type { ExprCompiler } from './expressions';
import type { NodeAttrs } from './graphStore';
import { fromStoreValue } from './storeValue';

/**
 * every match of a MERGE pattern for `row`, as output rows (the row plus the pattern's variables);
 * null: this row needs the general matcher
 */
export type MergeMatcher = (row: Row, ctx: ExecContext) => Row[] | null;

/**
 * The nodes matching a lone-node pattern for one row: one node, several (possibly none), or null for
 * none. `variable` is the pattern's variable (null: anonymous).
 */
export interface NodeFinder {
  variable: string | null;
  find(row: Row, ctx: ExecContext): NodeValue | NodeValue[] | null;
}

/** the specialised finder for `pattern`, or null when it has another shape */
export function compileNodeFinder(pattern: A.PatternPart, before: Scope, ec: ExprCompiler): NodeFinder | null {
  if (pattern.variable || pattern.shortest || pattern.nodes.length !== 1) return null;
  const n = pattern.nodes[0];
  if (n.labels.length === 0 || !n.properties || n.properties.kind !== 'Map' || n.properties.entries.length === 0) return null;
  if (n.variable && before.has(n.variable)) return null;
  const entries = n.properties.entries;
  if (new Set(entries.map((e) => e.key)).size !== entries.length) return null;
  const keys = entries.map((e) => e.key);
  const fns: Fn[] = entries.map((e) => ec.compile(e.value, before));
  const labels = n.labels;
  const values: CypherValue[] = new Array(fns.length);
  // `first`: 1 when the postings already guarantee the first property's value (see nodePostings)
  const matches = (attrs: NodeAttrs, first: number): boolean => {
    for (let i = 1; i < labels.length; i++) if (!attrs.labels.includes(labels[i])) return false;
    for (let i = first; i < keys.length; i++) {
      const sv = attrs.properties[keys[i]];
      const want = values[i];
      if (sv === undefined || !(typeof sv === 'string' && typeof want === 'string' ? sv === want : equals(fromStoreValue(sv), want) === true)) return false;
    }
    return true;
  };
  const find = (row: Row, ctx: ExecContext): NodeValue | NodeValue[] | null => {
    for (let i = 0; i < fns.length; i++) {
      const x = fns[i](row, ctx);
      if (x === null) return null;
      values[i] = x;
    }
    const store = ctx.store;
    // the postings hold live nodes with labels[0] and their attribute objects
    const p = store.nodePostings(labels[0], keys[0], values[0]);
    if (p === undefined) return null;
    const want = values[0];
    const first = typeof want === 'string' && want.charCodeAt(0) !== 0 ? 1 : 0;
    if (!(p instanceof Map)) return matches(p.attrs, first) ? store.entryValue(p) : null;
    const out: NodeValue[] = [];
    for (const e of p.values()) if (matches(e.attrs, first)) out.push(store.entryValue(e));
    return out;
  };
  return { variable: n.variable, find };
}

/**
 * The finder's matches as output rows (the row plus the pattern's variable). With reuseSingle, the
 * usual single match goes back in one array reused from row to row (for MERGE, which reads it at once
 * and never calls this matcher again before it is done with it).
 */
export function lookupRows(f: NodeFinder, reuseSingle = false): MergeMatcher {
  const v = f.variable;
  const single: Row[] = [EMPTY_ROW];
  return (row: Row, ctx: ExecContext): Row[] => {
    const found = f.find(row, ctx);
    if (found === null) return NONE;
    if (!Array.isArray(found)) {
      const r = v ? extendRow(row, v, found) : copyRow(row);
      if (!reuseSingle) return [r];
      single[0] = r;
      return single;
    }
    return found.map((node) => (v ? extendRow(row, v, node) : copyRow(row)));
  };
}

const NONE: Row[] = [];
const EMPTY_ROW: Row = {};
