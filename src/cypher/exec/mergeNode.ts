/**
 * The match half of `MERGE (v:Label {k1: e1, ...})` for an unbound node (the shape of a batched node
 * import): the planner's choice for that shape instead of the general pattern matcher. It reads the
 * (label, k1) index postings and the label index's attribute objects directly, and builds one result
 * array of the right size: no generator, no per-row scratch arrays. Matching rules are the general
 * matcher's (nodeOk in patterns.ts): every label present, every property equal; a null value matches
 * nothing (creation then reports it).
 */
import type * as A from '../syntax/ast';
import { equals } from '../values/equality';
import type { CypherValue } from '../values/types';
import { copyRow, extendRow, type ExecContext, type Fn, type Row, type Scope } from './context';
import type { ExprCompiler } from './expressions';
import type { NodeAttrs } from './graphStore';
import type { MergeMatcher } from './nodeLookup';
import { fromStoreValue } from './storeValue';

/** the specialised matcher for `pattern`, or null when it has another shape */
export function compileMergeNodeMatch(pattern: A.PatternPart, before: Scope, ec: ExprCompiler): MergeMatcher | null {
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
  const matches = (attrs: NodeAttrs): boolean => {
    for (let i = 1; i < labels.length; i++) if (!attrs.labels.includes(labels[i])) return false;
    for (let i = 0; i < keys.length; i++) {
      const sv = attrs.properties[keys[i]];
      const want = values[i];
      if (sv === undefined || !(typeof sv === 'string' && typeof want === 'string' ? sv === want : equals(fromStoreValue(sv), want) === true)) return false;
    }
    return true;
  };
  // the usual single match goes back in one array reused from row to row: MERGE reads it at once
  // and never calls this matcher again before it is done with it
  const single: Row[] = [EMPTY_ROW];
  return (row: Row, ctx: ExecContext): Row[] => {
    for (let i = 0; i < fns.length; i++) {
      const x = fns[i](row, ctx);
      if (x === null) return NONE;
      values[i] = x;
    }
    const store = ctx.store;
    const p = store.nodePostings(labels[0], keys[0], values[0]);
    if (p === undefined) return NONE;
    // the label index holds every live node with labels[0], with its attribute object
    const live = store.nodesWithLabel(labels[0]);
    if (typeof p === 'string') {
      const attrs = live.get(p);
      if (attrs === undefined || !matches(attrs)) return NONE;
      single[0] = v ? extendRow(row, v, store.nodeValue(p, attrs)) : copyRow(row);
      return single;
    }
    const out: Row[] = [];
    for (const key of p) {
      const attrs = live.get(key);
      if (attrs !== undefined && matches(attrs)) out.push(v ? extendRow(row, v, store.nodeValue(key, attrs)) : copyRow(row));
    }
    return out;
  };
}

const NONE: Row[] = [];
const EMPTY_ROW: Row = {};
