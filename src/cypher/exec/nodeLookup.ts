/**
 * Matching `(v:Label {k1: e1, k2: e2, ...})`, a lone unbound node with a label and a literal property
 * map, in MATCH or MERGE: the planner's choice for that shape instead of the general pattern matcher. It looks
 * the first property up in the (label, key) index and checks labels and the other properties on the
 * attribute objects directly: no property Map, no generator, no start-cost bookkeeping per row.
 * Matching rules are the general matcher's (nodeOk in patterns.ts): every label present, every
 * property equal (`=` is true); a null value matches nothing.
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import type { CypherValue } from '../values/types';
import { copyRow, extendRow, type ExecContext, type Fn, type Row, type Scope } from './context';
import type { ExprCompiler } from './expressions';
import { fromStoreValue } from './storeValue';

/**
 * every match of a MERGE pattern for `row`, as output rows (the row plus the pattern's variables);
 * null: this row needs the general matcher
 */
export type MergeMatcher = (row: Row, ctx: ExecContext) => Row[] | null;

/** the specialised matcher for `pattern`, or null when it has another shape */
export function compileNodeLookup(pattern: A.PatternPart, before: Scope, ec: ExprCompiler): MergeMatcher | null {
  if (pattern.variable || pattern.shortest || pattern.nodes.length !== 1) return null;
  const n = pattern.nodes[0];
  if (n.labels.length === 0 || !n.properties || n.properties.kind !== 'Map' || n.properties.entries.length === 0) return null;
  if (n.variable && before.has(n.variable)) return null;
  const entries = n.properties.entries;
  if (new Set(entries.map((e) => e.key)).size !== entries.length) return null;
  const keys = entries.map((e) => e.key);
  const fns: Fn[] = entries.map((e) => ec.compile(e.value, before));
  const labels = n.labels;
  const v = n.variable;
  const values: CypherValue[] = new Array(fns.length);
  return (row, ctx) => {
    for (let i = 0; i < fns.length; i++) {
      const x = fns[i](row, ctx);
      if (x === null) return NONE;
      values[i] = x;
    }
    const store = ctx.store;
    const g = store.graph;
    const out: Row[] = [];
    for (const key of store.nodesByProperty(labels[0], keys[0], values[0])) {
      if (!g.hasNode(key)) continue;
      const attrs = g.getNodeAttributes(key);
      let ok = true;
      for (let i = 1; ok && i < labels.length; i++) ok = attrs.labels.includes(labels[i]);
      for (let i = 0; ok && i < keys.length; i++) {
        const sv = attrs.properties[keys[i]];
        const want = values[i];
        ok = sv !== undefined && (typeof sv === 'string' && typeof want === 'string' ? sv === want : equals(fromStoreValue(sv), want) === true);
      }
      if (!ok) continue;
      out.push(v ? extendRow(row, v, store.nodeValue(key, attrs)) : copyRow(row));
    }
    return out;
  };
}

const NONE: Row[] = [];
