/**
 * Raw rows: `UNWIND $rows AS r` over a list parameter still in JS form (see fromJsParams) binds each
 * plain-object element as it is, instead of converting it to a Cypher map, when the rest of the query
 * only ever reads `r.key`. The reads convert the one field they read (fromJs), so a 10k-row import
 * allocates no map per row: the maps were a fifth of such a batch's allocation, and allocation is what
 * sets how many young-generation collections a batch meets.
 *
 * A plain object (prototype Object.prototype or null) is never a Cypher value, so a property read
 * tells a raw row from a converted value without a wrapper.
 */
import { fromJs } from '../convert';
import type * as A from '../syntax/ast';
import type { CypherValue } from '../values/types';

/** a JS element of a list parameter bound as it is (only property reads ever see it) */
export type RawRow = Record<string, unknown>;

/** whether `v` is a plain JS object: a raw row, never a Cypher value */
export function isRawRow(v: unknown): v is RawRow {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const enumerable = Object.prototype.propertyIsEnumerable;

/** `r.key` of a raw row: the field converted as fromJs(r) would have converted it, null when absent */
export function rawField(row: RawRow, key: string): CypherValue {
  const v = row[key];
  // absent, or inherited, or not enumerable (fromJs(r) would not have kept it)
  if (v === undefined || !enumerable.call(row, key)) return null;
  return typeof v === 'string' ? v : fromJs(v);
}

/** what UNWIND binds for a JS element when the variable only has its properties read */
export function rawBinding(element: unknown): CypherValue {
  return isRawRow(element) ? (element as unknown as CypherValue) : fromJs(element);
}

/**
 * Whether every use of `variable` in `clauses` (the clauses after the UNWIND that binds it) is a
 * property read `variable.key`. Conservative: any other mention, a star projection, a rebinding of
 * the name (alias, pattern or comprehension variable) or a write to it answers false.
 */
export function readsOnlyProperties(clauses: readonly A.Clause[], variable: string): boolean {
  return clauses.every((c) => onlyPropertyReads(c, variable));
}

/** field names under which the AST binds or names a variable */
const BINDING_FIELDS = ['variable', 'alias', 'accumulator', 'name'];

function onlyPropertyReads(node: unknown, v: string): boolean {
  if (Array.isArray(node)) return node.every((x) => onlyPropertyReads(x, v));
  if (typeof node !== 'object' || node === null) return true;
  const n = node as Record<string, unknown>;
  switch (n.kind) {
    case 'Literal':
      return true;
    case 'Property': {
      const o = n.object as A.Expr;
      if (o.kind === 'Variable' && o.name === v) return true;
      break;
    }
    case 'Variable':
      return n.name !== v;
  }
  // a star projection returns every variable
  if (n.star === true) return false;
  for (const f of BINDING_FIELDS) if (n[f] === v) return false;
  for (const k in n) {
    if (k === 'loc') continue;
    const c = n[k];
    if (typeof c === 'object' && c !== null && !onlyPropertyReads(c, v)) return false;
  }
  return true;
}
